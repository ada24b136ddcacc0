package org.coreset4j.nn;

import org.coreset4j.kernels.Blas;

/**
 * Float64 row-major matrix products for the evaluation models, by OpenBLAS dgemm on the calling
 * thread (single-threaded, so a product does not depend on how many threads the caller runs;
 * callers parallelise over independent products, such as the seeds of an evaluation).
 */
public final class Dense {
  private Dense() {}

  /** C (m x n) = A (m x k) * B^T, with B given as n x k. */
  public static double[] timesTransposed(double[] a, double[] b, int m, int n, int k) {
    double[] c = new double[m * n];
    Blas.dgemm(false, true, m, n, k, 1, a, b, 0, c);
    return c;
  }

  /** C (m x n) = A^T * B, with A given as k x m and B as k x n. */
  public static double[] transposedTimes(double[] a, double[] b, int k, int m, int n) {
    double[] c = new double[m * n];
    Blas.dgemm(true, false, m, n, k, 1, a, b, 0, c);
    return c;
  }

  /** C (m x n) = A (m x k) * B (k x n). */
  public static double[] times(double[] a, double[] b, int m, int k, int n) {
    double[] c = new double[m * n];
    Blas.dgemm(false, false, m, n, k, 1, a, b, 0, c);
    return c;
  }

  /** The k x m transpose of an m x k matrix. */
  public static double[] transpose(double[] a, int m, int k) {
    double[] t = new double[k * m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < k; j++) {
        t[j * m + i] = a[i * k + j];
      }
    }
    return t;
  }

  /** Rows of a flat n x k array at the given positions. */
  public static double[] gatherRows(double[] a, int k, int[] rows) {
    double[] out = new double[rows.length * k];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(a, rows[i] * k, out, i * k, k);
    }
    return out;
  }
}
