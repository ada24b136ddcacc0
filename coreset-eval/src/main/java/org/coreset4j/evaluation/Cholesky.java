package org.coreset4j.evaluation;

/**
 * Solves A X = B for a symmetric positive definite A in float64 by the Cholesky factorisation
 * A = L L^T (column by column, L_jj = sqrt(A_jj - sum_k L_jk^2)), then forward and back
 * substitution.
 */
final class Cholesky {
  private final double[] l;
  private final int n;

  private Cholesky(double[] l, int n) {
    this.l = l;
    this.n = n;
  }

  /** Factorises the n x n row-major matrix {@code a}; returns null when it is not positive definite. */
  static Cholesky factor(double[] a, int n) {
    double[] l = new double[n * n];
    for (int j = 0; j < n; j++) {
      double d = a[j * n + j];
      for (int k = 0; k < j; k++) {
        d -= l[j * n + k] * l[j * n + k];
      }
      if (!(d > 0)) {
        return null;
      }
      double ljj = Math.sqrt(d);
      l[j * n + j] = ljj;
      for (int i = j + 1; i < n; i++) {
        double s = a[i * n + j];
        for (int k = 0; k < j; k++) {
          s -= l[i * n + k] * l[j * n + k];
        }
        l[i * n + j] = s / ljj;
      }
    }
    return new Cholesky(l, n);
  }

  /** X (n x m) with A X = B, B given as n x m row-major. */
  double[] solve(double[] b, int m) {
    double[] x = b.clone();
    for (int c = 0; c < m; c++) {
      for (int i = 0; i < n; i++) {
        double s = x[i * m + c];
        for (int k = 0; k < i; k++) {
          s -= l[i * n + k] * x[k * m + c];
        }
        x[i * m + c] = s / l[i * n + i];
      }
      for (int i = n - 1; i >= 0; i--) {
        double s = x[i * m + c];
        for (int k = i + 1; k < n; k++) {
          s -= l[k * n + i] * x[k * m + c];
        }
        x[i * m + c] = s / l[i * n + i];
      }
    }
    return x;
  }
}
