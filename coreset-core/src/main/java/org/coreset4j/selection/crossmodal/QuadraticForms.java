package org.coreset4j.selection.crossmodal;

import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Rounding;
import org.coreset4j.util.Parallel;

/**
 * q(x) = (u_x - mu)^T M (v_x - nu) for many samples at once, by float64 GEMMs of blocks of rows
 * with M: an approximation, within {@link #bound} of {@link TensorKernel#quadraticForm}, that costs
 * O(N Du Dv) at GEMM speed.
 */
final class QuadraticForms {
  private static final int CHUNK = 256;

  private QuadraticForms() {}

  /** q of every sample {@code ids[p]}, by position. */
  static double[] of(TensorKernel kernel, int[] ids, double[][] m, Parallel parallel) {
    int du = kernel.u().cols();
    int dv = kernel.v().cols();
    double[] flat = new double[du * dv];
    for (int r = 0; r < du; r++) {
      System.arraycopy(m[r], 0, flat, r * dv, dv);
    }
    double[] q = new double[ids.length];
    parallel.forChunks(ids.length, CHUNK, (chunk, from, to) -> {
      int len = to - from;
      double[] rows = new double[len * du];
      for (int p = from; p < to; p++) {
        for (int c = 0; c < du; c++) {
          rows[(p - from) * du + c] = kernel.u().get(ids[p], c);
        }
      }
      double[] um = new double[len * dv];
      Blas.dgemm(false, false, len, dv, du, 1, rows, flat, 0, um);
      for (int p = from; p < to; p++) {
        double s = 0;
        for (int c = 0; c < dv; c++) {
          s += um[(p - from) * dv + c] * kernel.v().get(ids[p], c);
        }
        q[p] = s;
      }
    });
    return q;
  }

  /**
   * b with |q~(x) - fl(q(x))| <= b n_x, n_x = |u_x| |v_x|: each of the two evaluations (this one,
   * and {@link TensorKernel#quadraticForm}) sums Du Dv products in nested dot products, off by at
   * most gamma_{Du + Dv} sum_{r, c} |u_r| |M_rc| |v_c| <= gamma_{Du + Dv} n_x ||M||_F.
   */
  static double bound(TensorKernel kernel, double[][] m) {
    double f = 0;
    for (double[] row : m) {
      for (double e : row) {
        f += e * e;
      }
    }
    return 2 * Rounding.gamma(kernel.u().cols() + kernel.v().cols() + 2, Rounding.DOUBLE) * Math.sqrt(f) * 1.01;
  }
}
