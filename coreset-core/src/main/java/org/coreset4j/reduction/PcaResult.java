package org.coreset4j.reduction;

import org.coreset4j.data.FloatMatrix;

/**
 * A fitted PCA: the scores (centered input times the components, N x k), the variance each
 * component explains (descending, divided by N - 1) and the total variance of the input.
 */
public record PcaResult(FloatMatrix scores, double[] explainedVariance, double totalVariance, boolean randomized) {
  /** Explained variance as a fraction of the total. */
  public double[] explainedVarianceRatio() {
    double[] r = new double[explainedVariance.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = totalVariance > 0 ? explainedVariance[i] / totalVariance : 0;
    }
    return r;
  }
}
