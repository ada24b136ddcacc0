package org.coreset4j.evaluation;

import org.coreset4j.nn.Dense;
import org.coreset4j.util.Parallel;

/**
 * Multi-output ridge regression with intercept on fixed rows X (N x d, standardised once) and
 * targets Y (N x k), fitted on any subset of the rows: minimise ||Y_F - X_F W - 1 b^T||^2 + lambda ||W||^2
 * over the fit rows F. Two exact forms: {@link #inFeatureSpace} solves the normal equations
 * (O(|F| d^2 + d^3) per fit), {@link #inSampleSpace} the dual system on blocks of one Gram matrix
 * (O(|F|^3) per fit after an O(N^2 d) start), for inputs wider than the training rows.
 */
interface RowRidge {
  /**
   * Fits on rows {@code fit} at each lambda and returns the predictions for rows {@code predict}
   * (|predict| x k, row-major) per lambda, null where the system is not positive definite.
   */
  double[][] predictions(int[] fit, int[] predict, double[] lambdas);

  /** The normal equations of {@link RidgeRegression} on gathered rows. */
  static RowRidge inFeatureSpace(double[] x, double[] y, int d, int k) {
    return (fit, predict, lambdas) -> {
      RidgeRegression.NormalEquations normal = RidgeRegression.NormalEquations.of(Dense.gatherRows(x, d, fit),
          Dense.gatherRows(y, k, fit), fit.length, d, k);
      double[] xp = Dense.gatherRows(x, d, predict);
      double[][] out = new double[lambdas.length][];
      for (int l = 0; l < lambdas.length; l++) {
        RidgeRegression.Fit f = normal.solve(lambdas[l]);
        out[l] = f == null ? null : f.predict(xp, predict.length);
      }
      return out;
    };
  }

  /** The dual system on blocks of G = X X^T (see {@link KernelRidge}). */
  static RowRidge inSampleSpace(double[] x, double[] y, int n, int d, int k, Parallel par) {
    return new KernelRidge(x, y, n, d, k, par);
  }
}
