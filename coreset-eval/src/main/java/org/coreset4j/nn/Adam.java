package org.coreset4j.nn;

/** Adam (Kingma and Ba 2015) with bias correction, in place on one flat parameter vector. */
public final class Adam {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPS = 1e-8;

  private final double learningRate;
  private final double[] m;
  private final double[] v;
  private int t;

  public Adam(int size, double learningRate) {
    this.learningRate = learningRate;
    this.m = new double[size];
    this.v = new double[size];
  }

  /** theta -= lr * mhat / (sqrt(vhat) + eps), with m, v the running moments of {@code grad}. */
  public void step(double[] theta, double[] grad) {
    t++;
    double c1 = 1 - Math.pow(BETA1, t);
    double c2 = 1 - Math.pow(BETA2, t);
    for (int i = 0; i < theta.length; i++) {
      m[i] = BETA1 * m[i] + (1 - BETA1) * grad[i];
      v[i] = BETA2 * v[i] + (1 - BETA2) * grad[i] * grad[i];
      theta[i] -= learningRate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPS);
    }
  }
}
