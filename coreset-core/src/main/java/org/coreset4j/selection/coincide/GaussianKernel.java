package org.coreset4j.selection.coincide;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Vectors;

/** k(x, y) = exp(-||x - y||^2 / (2 sigma^2)) over the rows of one cluster's matrix. */
final class GaussianKernel {
  private final double gamma;

  GaussianKernel(double sigma) {
    this.gamma = 1.0 / (2.0 * sigma * sigma);
  }

  /**
   * Row sums sum_j k(x_i, x_j) of the whole kernel matrix (diagonal included, as 1), in float64.
   * Squared distances come from ||x_i||^2 + ||x_j||^2 - 2 x_i.x_j with the inner products of a
   * block of rows against all rows from one sgemm, so memory stays O(block x n).
   */
  double[] rowSums(FloatMatrix m) {
    int n = m.rows();
    int d = m.cols();
    double[] sq = new double[n];
    for (int i = 0; i < n; i++) {
      sq[i] = Vectors.sumSquaresF64(m, i);
    }
    double[] sums = new double[n];
    int block = Math.max(1, Math.min(n, (1 << 22) / n));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment dots = arena.allocate((long) block * n * Float.BYTES, 64);
      for (int r0 = 0; r0 < n; r0 += block) {
        int rows = Math.min(block, n - r0);
        Blas.sgemm(false, true, rows, n, d, 1f, m.segment(), m.rowOffset(r0), d,
            m.segment(), 0, d, 0f, dots, 0, n);
        for (int i = 0; i < rows; i++) {
          int row = r0 + i;
          double s = 0;
          for (int j = 0; j < n; j++) {
            double d2 = j == row ? 0.0
                : Math.max(0.0, sq[row] + sq[j] - 2.0 * dots.getAtIndex(FloatMatrix.F32, (long) i * n + j));
            s += Math.exp(-gamma * d2);
          }
          sums[row] = s;
        }
      }
    }
    return sums;
  }

  /** out[j] = k(x_j, x_p) for every row j, from directly computed squared distances. */
  void row(FloatMatrix m, int p, double[] out) {
    for (int j = 0; j < m.rows(); j++) {
      out[j] = Math.exp(-gamma * Vectors.squaredDistance(m, j, m, p));
    }
  }
}
