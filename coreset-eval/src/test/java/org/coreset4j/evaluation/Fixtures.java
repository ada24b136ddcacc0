package org.coreset4j.evaluation;

import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;

/** Small synthetic data sets with a learnable signal. */
final class Fixtures {
  private Fixtures() {}

  static FloatMatrix gaussian(int n, int d, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[n * d];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return FloatMatrix.of(v, n, d);
  }

  /** y = x A + noise, with A random (d x k). */
  static FloatMatrix linear(FloatMatrix x, int k, double noise, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] a = new double[x.cols() * k];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextGaussian();
    }
    float[] y = new float[x.rows() * k];
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < k; j++) {
        double s = noise * r.nextGaussian();
        for (int c = 0; c < x.cols(); c++) {
          s += x.get(i, c) * a[c * k + j];
        }
        y[i * k + j] = (float) s;
      }
    }
    return FloatMatrix.of(y, x.rows(), k);
  }

  /** Labels = argmax of a noisy random linear map of x into {@code classes} scores. */
  static int[] labels(FloatMatrix x, int classes, long seed) {
    FloatMatrix z = linear(x, classes, 0.3, seed);
    int[] y = new int[x.rows()];
    for (int i = 0; i < y.length; i++) {
      for (int c = 1; c < classes; c++) {
        if (z.get(i, c) > z.get(i, y[i])) {
          y[i] = c;
        }
      }
    }
    return y;
  }

  static double[] randomArray(int n, SplittableRandom r) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextGaussian();
    }
    return a;
  }
}
