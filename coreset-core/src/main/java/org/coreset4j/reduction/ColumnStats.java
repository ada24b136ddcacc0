package org.coreset4j.reduction;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * Column means and the total variance sum_i ||x_i - mu||^2 / (N - 1), accumulated in float64 over
 * fixed row chunks combined in chunk order, so the values do not depend on the thread count.
 */
record ColumnStats(double[] means, double totalVariance) {
  private static final int MAX_PARTIALS = 32;
  private static final int MIN_CHUNK = 64;

  static ColumnStats of(FloatMatrix x, Parallel parallel) {
    int n = x.rows();
    int d = x.cols();
    int chunk = Math.max(MIN_CHUNK, (n + MAX_PARTIALS - 1) / MAX_PARTIALS);
    double[][] partial = new double[Parallel.chunkCount(n, chunk)][];
    parallel.forChunks(n, chunk, (c, from, to) -> {
      double[] sum = new double[d];
      for (int i = from; i < to; i++) {
        Vectors.axpyF64(1.0, x, i, sum);
      }
      partial[c] = sum;
    });
    double[] mean = new double[d];
    for (double[] p : partial) {
      for (int j = 0; j < d; j++) {
        mean[j] += p[j];
      }
    }
    double meanSquares = 0;
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
      meanSquares += mean[j] * mean[j];
    }
    // ||x - mu||^2 = ||x||^2 - 2 x . mu + ||mu||^2, per row in float64, summed in row order.
    double[] rowVar = new double[n];
    double mm = meanSquares;
    parallel.forChunks(n, chunk, (c, from, to) -> {
      for (int i = from; i < to; i++) {
        rowVar[i] = Math.max(0, Vectors.sumSquaresF64(x, i) - 2 * Vectors.dotF64(x, i, mean) + mm);
      }
    });
    double total = 0;
    for (double v : rowVar) {
      total += v;
    }
    return new ColumnStats(mean, n > 1 ? total / (n - 1) : 0);
  }
}
