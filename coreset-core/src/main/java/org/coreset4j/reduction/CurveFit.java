package org.coreset4j.reduction;

/**
 * The low-dimensional similarity curve of UMAP, 1 / (1 + a d^(2b)), fitted by least squares
 * (Levenberg-Marquardt on a and b) to the target psi(d) = 1 for d < minDist and
 * exp(-(d - minDist) / spread) beyond, sampled at 300 points on [0, 3 spread].
 */
record CurveFit(double a, double b) {
  private static final int SAMPLES = 300;
  private static final int MAX_STEPS = 200;

  static CurveFit fit(double minDist, double spread) {
    double[] d = new double[SAMPLES];
    double[] target = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      d[i] = 3.0 * spread * i / (SAMPLES - 1);
      target[i] = d[i] < minDist ? 1.0 : Math.exp(-(d[i] - minDist) / spread);
    }
    double a = 1;
    double b = 1;
    double lambda = 1e-3;
    double cost = cost(d, target, a, b);
    for (int step = 0; step < MAX_STEPS; step++) {
      // Normal equations J^T J delta = -J^T r of the residuals r_i = f(d_i) - target_i.
      double jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0;
      for (int i = 1; i < SAMPLES; i++) {
        double p = Math.pow(d[i], 2 * b);
        double den = 1 + a * p;
        double r = 1 / den - target[i];
        double da = -p / (den * den);
        double db = -a * p * 2 * Math.log(d[i]) / (den * den);
        jaa += da * da;
        jab += da * db;
        jbb += db * db;
        ga += da * r;
        gb += db * r;
      }
      double maa = jaa * (1 + lambda);
      double mbb = jbb * (1 + lambda);
      double det = maa * mbb - jab * jab;
      double stepA = -(mbb * ga - jab * gb) / det;
      double stepB = -(maa * gb - jab * ga) / det;
      double next = cost(d, target, a + stepA, b + stepB);
      if (next < cost && a + stepA > 0 && b + stepB > 0) {
        boolean converged = cost - next < 1e-15 * Math.max(1, cost);
        a += stepA;
        b += stepB;
        cost = next;
        lambda /= 10;
        if (converged) {
          break;
        }
      } else {
        lambda *= 10;
        if (lambda > 1e12) {
          break;
        }
      }
    }
    return new CurveFit(a, b);
  }

  private static double cost(double[] d, double[] target, double a, double b) {
    double s = 0;
    for (int i = 0; i < d.length; i++) {
      double r = 1 / (1 + a * Math.pow(d[i], 2 * b)) - target[i];
      s += r * r;
    }
    return s;
  }
}
