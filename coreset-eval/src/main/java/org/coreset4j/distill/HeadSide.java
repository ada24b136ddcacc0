package org.coreset4j.distill;

import org.coreset4j.nn.Dense;

/**
 * One head's side of a trajectory match, in the m-dimensional space of the synthetic rows. For a
 * linear head W (dim x d) on rows X (m x d), the student's gradient is dL/dW = G^T X with G = dL/dA
 * at the projections A = X W^T, so a step W' = W - alpha G^T X moves the projections by
 * A' = A - alpha K G with the Gram matrix K = X X^T. After R steps from W_0,
 * W_R - W_target = Delta - alpha C^T X with Delta = W_0 - W_target and C = sum_k G_k, hence
 * ||W_R - W_target||^2 / ||Delta||^2 = 1 + (alpha^2 <C, K C> - 2 alpha <C, X Delta^T>) / ||Delta||^2.
 * Everything the unrolled steps need is therefore A_0 = X W_0^T, P = X Delta^T and K (m x m).
 */
final class HeadSide {
  final int m;
  final int dim;
  final int cols;
  final double[] x;
  final double[] start;
  final double[] delta;
  final double deltaSquared;
  final double[] gram;
  final double[] projections;
  final double[] targetProjections;

  HeadSide(double[] x, int m, int cols, double[] start, double[] target, int dim) {
    this.m = m;
    this.dim = dim;
    this.cols = cols;
    this.x = x;
    this.start = start;
    this.delta = new double[start.length];
    double sq = 0;
    for (int i = 0; i < start.length; i++) {
      delta[i] = start[i] - target[i];
      sq += delta[i] * delta[i];
    }
    this.deltaSquared = sq;
    this.gram = Dense.timesTransposed(x, x, m, m, cols);
    this.projections = Dense.timesTransposed(x, start, m, dim, cols);
    this.targetProjections = Dense.timesTransposed(x, delta, m, dim, cols);
  }

  /** K G (m x dim). */
  double[] gramTimes(double[] g) {
    return Dense.times(gram, g, m, m, dim);
  }

  /** The normalised distance to the target for the summed gradients c and step size alpha. */
  double value(double[] c, double[] kc, double alpha) {
    return 1 + (alpha * alpha * dot(c, kc) - 2 * alpha * dot(c, targetProjections)) / deltaSquared;
  }

  /** dValue/dC = 2 alpha (alpha K C - P) / ||Delta||^2. */
  double[] valueGradient(double[] kc, double alpha) {
    double[] out = new double[kc.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = 2 * alpha * (alpha * kc[i] - targetProjections[i]) / deltaSquared;
    }
    return out;
  }

  /** dValue/dalpha at fixed C: (2 alpha <C, K C> - 2 <C, P>) / ||Delta||^2. */
  double valueStepGradient(double[] c, double[] kc, double alpha) {
    return (2 * alpha * dot(c, kc) - 2 * dot(c, targetProjections)) / deltaSquared;
  }

  /**
   * dJ/dX from the adjoints of A_0 = X W_0^T, P = X Delta^T and K = X X^T:
   * A0bar W_0 + Pbar Delta + (Kbar + Kbar^T) X.
   */
  double[] rowGradient(double[] projectionsBar, double[] targetProjectionsBar, double[] gramBar) {
    double[] out = Dense.times(projectionsBar, start, m, dim, cols);
    double[] fromTarget = Dense.times(targetProjectionsBar, delta, m, dim, cols);
    double[] symmetric = new double[m * m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        symmetric[i * m + j] = gramBar[i * m + j] + gramBar[j * m + i];
      }
    }
    double[] fromGram = Dense.times(symmetric, x, m, m, cols);
    for (int i = 0; i < out.length; i++) {
      out[i] += fromTarget[i] + fromGram[i];
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
