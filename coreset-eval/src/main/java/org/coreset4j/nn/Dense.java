package org.coreset4j.nn;

import org.coreset4j.util.Parallel;

/**
 * Float64 row-major matrix products for the evaluation models. Work is split over output rows in
 * fixed chunks and every output element is summed in one fixed order, so results are identical for
 * any thread count.
 */
public final class Dense {
  private static final int CHUNK = 16;

  private Dense() {}

  /** C (m x n) = A (m x k) * B^T, with B given as n x k. */
  public static double[] timesTransposed(double[] a, double[] b, int m, int n, int k, Parallel par) {
    return times(a, transpose(b, n, k), m, k, n, par);
  }

  /** C (m x n) = A^T * B, with A given as k x m and B as k x n (sums over the k rows in order). */
  public static double[] transposedTimes(double[] a, double[] b, int k, int m, int n, Parallel par) {
    double[] c = new double[m * n];
    par.forChunks(m, CHUNK, (chunk, from, to) -> {
      for (int t = 0; t < k; t++) {
        for (int i = from; i < to; i++) {
          double ai = a[t * m + i];
          if (ai == 0) {
            continue;
          }
          int ci = i * n;
          int bt = t * n;
          for (int j = 0; j < n; j++) {
            c[ci + j] += ai * b[bt + j];
          }
        }
      }
    });
    return c;
  }

  /** C (m x n) = A (m x k) * B (k x n). */
  public static double[] times(double[] a, double[] b, int m, int k, int n, Parallel par) {
    double[] c = new double[m * n];
    par.forChunks(m, CHUNK, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        int ci = i * n;
        for (int t = 0; t < k; t++) {
          double ait = a[i * k + t];
          int bt = t * n;
          for (int j = 0; j < n; j++) {
            c[ci + j] += ait * b[bt + j];
          }
        }
      }
    });
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
