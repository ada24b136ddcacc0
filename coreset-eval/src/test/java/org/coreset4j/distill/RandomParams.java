package org.coreset4j.distill;

import java.util.SplittableRandom;

/** Random parameters for the matching tests, and how far training moved them toward a target. */
final class RandomParams {
  private RandomParams() {}

  /** n standard normal draws. */
  static double[] gaussian(SplittableRandom rng, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rng.nextGaussian();
    }
    return x;
  }

  /** ||p - target||^2 / ||start - target||^2 over the entries [from, to). */
  static double distanceRatio(double[] p, double[] start, double[] target, int from, int to) {
    double num = 0;
    double den = 0;
    for (int i = from; i < to; i++) {
      num += (p[i] - target[i]) * (p[i] - target[i]);
      den += (start[i] - target[i]) * (start[i] - target[i]);
    }
    return num / den;
  }
}
