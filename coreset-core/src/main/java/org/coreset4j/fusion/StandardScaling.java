package org.coreset4j.fusion;

import org.coreset4j.util.ColumnSums;
import org.coreset4j.util.Parallel;

/**
 * Column means and inverse population standard deviations of one pooled modality, for
 * {@code --normalize standard}: two streaming passes (values, then squared deviations) summed by
 * {@link ColumnSums}, so the result is thread-count independent.
 */
record StandardScaling(double[] mean, double[] inverseStd) {
  static StandardScaling of(Modality mod, TokenPooling pooling, int width, Parallel parallel, int block) {
    int n = mod.tensor().rows();
    double[] mean = ColumnSums.divide(sum(mod, pooling, width, parallel, block, null), n);
    return new StandardScaling(mean, ColumnSums.inverseStd(sum(mod, pooling, width, parallel, block, mean), n));
  }

  /** Column sums of the pooled rows, or of squared deviations from {@code center} when given. */
  private static double[] sum(Modality mod, TokenPooling pooling, int width, Parallel parallel, int block, double[] center) {
    int t = mod.tokens();
    int d = mod.dims();
    return ColumnSums.of(mod.tensor().rows(), width, block, parallel, (s, from, to) -> {
      float[] raw = new float[(to - from) * t * d];
      mod.tensor().readRows(from, to - from, raw);
      float[] v = new float[width];
      for (int r = 0; r < to - from; r++) {
        pooling.pool(raw, r * t * d, t, d, v, 0);
        ColumnSums.add(v, center, s);
      }
    });
  }
}
