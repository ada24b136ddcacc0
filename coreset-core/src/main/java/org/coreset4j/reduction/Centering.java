package org.coreset4j.reduction;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.ColumnSums;
import org.coreset4j.util.Parallel;

/**
 * What PCA centres on and divides by: the column means, and the total variance
 * sum_i ||x_i - mu||^2 / (N - 1), accumulated in float64 over fixed row chunks combined in chunk
 * order, so the values do not depend on the thread count.
 */
record Centering(double[] means, double totalVariance) {
  private static final int MAX_PARTIALS = 32;
  private static final int MIN_CHUNK = 64;

  static Centering of(FloatMatrix x, Parallel parallel) {
    int n = x.rows();
    int chunk = Math.max(MIN_CHUNK, (n + MAX_PARTIALS - 1) / MAX_PARTIALS);
    double[] mean = ColumnSums.divide(ColumnSums.of(n, x.cols(), chunk, parallel, (s, from, to) -> {
      for (int i = from; i < to; i++) {
        Vectors.axpyF64(1.0, x, i, s);
      }
    }), n);
    double meanSquares = 0;
    for (double m : mean) {
      meanSquares += m * m;
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
    return new Centering(mean, n > 1 ? total / (n - 1) : 0);
  }
}
