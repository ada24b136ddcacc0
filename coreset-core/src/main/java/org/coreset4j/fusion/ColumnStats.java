package org.coreset4j.fusion;

import org.coreset4j.util.Parallel;

/**
 * Column means and inverse population standard deviations of one pooled modality, for
 * {@code --normalize standard}. Two streaming passes (mean, then squared deviations), summed per
 * fixed chunk in float64 and combined in chunk order, so the result is thread-count independent.
 */
record ColumnStats(double[] mean, double[] inverseStd) {
  static ColumnStats of(Modality mod, TokenPooling pooling, int width, Parallel parallel, int block) {
    int n = mod.tensor().rows();
    double[] mean = sum(mod, pooling, width, parallel, block, null);
    for (int j = 0; j < width; j++) {
      mean[j] /= n;
    }
    double[] var = sum(mod, pooling, width, parallel, block, mean);
    double[] inv = new double[width];
    for (int j = 0; j < width; j++) {
      double sd = Math.sqrt(var[j] / n);
      inv[j] = sd > 0 ? 1 / sd : 1;
    }
    return new ColumnStats(mean, inv);
  }

  /** Column sums of the pooled rows, or of squared deviations from {@code center} when given. */
  private static double[] sum(Modality mod, TokenPooling pooling, int width, Parallel parallel, int block, double[] center) {
    int n = mod.tensor().rows();
    int t = mod.tokens();
    int d = mod.dims();
    double[][] partial = new double[Parallel.chunkCount(n, block)][];
    parallel.forChunks(n, block, (chunk, from, to) -> {
      float[] raw = new float[(to - from) * t * d];
      mod.tensor().readRows(from, to - from, raw);
      float[] v = new float[width];
      double[] s = new double[width];
      for (int r = 0; r < to - from; r++) {
        pooling.pool(raw, r * t * d, t, d, v, 0);
        for (int j = 0; j < width; j++) {
          double x = center == null ? v[j] : v[j] - center[j];
          s[j] += center == null ? x : x * x;
        }
      }
      partial[chunk] = s;
    });
    double[] total = new double[width];
    for (double[] p : partial) {
      for (int j = 0; j < width; j++) {
        total[j] += p[j];
      }
    }
    return total;
  }
}
