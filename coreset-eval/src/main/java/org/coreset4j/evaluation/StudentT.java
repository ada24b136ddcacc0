package org.coreset4j.evaluation;

/**
 * Two-sided Student t quantiles for integer degrees of freedom. P(|T| < t) has a closed form for
 * integer df (a finite series in theta = atan(t / sqrt(df)); Abramowitz and Stegun 26.7.3), and
 * the quantile is found by bisection on it.
 */
final class StudentT {
  private StudentT() {}

  /** P(|T| < t) for T with {@code df} degrees of freedom, t >= 0. */
  static double centralProbability(double t, int df) {
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom " + df + " must be at least 1");
    }
    double theta = Math.atan(t / Math.sqrt(df));
    double c2 = Math.cos(theta) * Math.cos(theta);
    double s = Math.sin(theta);
    if (df % 2 == 1) {
      if (df == 1) {
        return 2 * theta / Math.PI;
      }
      // cos + (2/3) cos^3 + (2*4)/(3*5) cos^5 + ... up to cos^(df-2)
      double term = Math.cos(theta);
      double sum = term;
      for (int j = 3; j <= df - 2; j += 2) {
        term *= c2 * (j - 1) / j;
        sum += term;
      }
      return 2 / Math.PI * (theta + s * sum);
    }
    // 1 + (1/2) cos^2 + (1*3)/(2*4) cos^4 + ... up to cos^(df-2)
    double term = 1;
    double sum = 1;
    for (int j = 2; j <= df - 2; j += 2) {
      term *= c2 * (j - 1) / j;
      sum += term;
    }
    return s * sum;
  }

  /** The t with P(|T| < t) = {@code level}: the half-width factor of a two-sided interval at that level. */
  static double twoSidedQuantile(double level, int df) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level " + level + " is outside (0, 1)");
    }
    double lo = 0;
    double hi = 1;
    while (centralProbability(hi, df) < level) {
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
      double mid = 0.5 * (lo + hi);
      if (centralProbability(mid, df) < level) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }
}
