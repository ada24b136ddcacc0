package org.coreset4j.evaluation;

import org.coreset4j.nn.Dense;
import org.coreset4j.util.ColumnSums;

/**
 * Multi-output ridge regression solved exactly in float64: with column means removed,
 * W = (X^T X + lambda I)^-1 X^T Y (normal equations, Cholesky), intercept b = mean(Y) - mean(X) W.
 * It minimises ||Y - X W - 1 b^T||^2 + lambda ||W||^2.
 */
final class RidgeRegression {
  /** A fitted model: weights d x k row-major and one intercept per output. */
  record Fit(double[] weights, double[] intercept, int d, int k) {
    /** Predictions for n rows of x (n x d), as n x k. */
    double[] predict(double[] x, int n) {
      double[] wt = Dense.transpose(weights, d, k);
      double[] y = Dense.timesTransposed(x, wt, n, k, d);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) {
          y[i * k + j] += intercept[j];
        }
      }
      return y;
    }
  }

  private RidgeRegression() {}

  /** Fits on n rows of x (n x d) and y (n x k); returns null when the system is not positive definite. */
  static Fit fit(double[] x, double[] y, int n, int d, int k, double lambda) {
    return NormalEquations.of(x, y, n, d, k).solve(lambda);
  }

  /** The centred X^T X and X^T Y of one data set, solved for any lambda without recomputing them. */
  record NormalEquations(double[] gram, double[] xty, double[] xMean, double[] yMean, int d, int k) {
    static NormalEquations of(double[] x, double[] y, int n, int d, int k) {
      double[] xMean = columnMeans(x, n, d);
      double[] yMean = columnMeans(y, n, k);
      double[] xc = centred(x, xMean, n, d);
      double[] yc = centred(y, yMean, n, k);
      return new NormalEquations(Dense.transposedTimes(xc, xc, n, d, d),
          Dense.transposedTimes(xc, yc, n, d, k), xMean, yMean, d, k);
    }

    /** The fit at this lambda, or null when X^T X + lambda I is not positive definite. */
    Fit solve(double lambda) {
      double[] a = gram.clone();
      for (int i = 0; i < d; i++) {
        a[i * d + i] += lambda;
      }
      Cholesky chol = Cholesky.factor(a, d);
      if (chol == null) {
        return null;
      }
      double[] w = chol.solve(xty, k);
      double[] b = yMean.clone();
      for (int c = 0; c < d; c++) {
        for (int j = 0; j < k; j++) {
          b[j] -= xMean[c] * w[c * k + j];
        }
      }
      return new Fit(w, b, d, k);
    }
  }

  static double[] columnMeans(double[] x, int n, int d) {
    double[] mean = new double[d];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < d; c++) {
        mean[c] += x[i * d + c];
      }
    }
    return ColumnSums.divide(mean, n);
  }

  private static double[] centred(double[] x, double[] mean, int n, int d) {
    double[] out = new double[n * d];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < d; c++) {
        out[i * d + c] = x[i * d + c] - mean[c];
      }
    }
    return out;
  }
}
