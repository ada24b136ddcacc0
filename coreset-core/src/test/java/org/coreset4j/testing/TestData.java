package org.coreset4j.testing;

import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;

/** Small seeded data sets for selector tests. */
public final class TestData {
  private TestData() {}

  /**
   * n rows around a few Gaussian cluster centers; rows [dupFrom, dupFrom + dupCount) copy rows
   * [0, dupCount), so exact ties occur and must go to the lower index.
   */
  public static FloatMatrix clustered(int n, int d, int clusters, int dupFrom, int dupCount, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] c = new double[clusters][d];
    for (double[] row : c) {
      for (int j = 0; j < d; j++) row[j] = 3 * r.nextGaussian();
    }
    float[] v = new float[n * d];
    for (int i = 0; i < n; i++) {
      double[] ci = c[r.nextInt(clusters)];
      for (int j = 0; j < d; j++) v[i * d + j] = (float) (ci[j] + r.nextGaussian());
    }
    System.arraycopy(v, 0, v, dupFrom * d, dupCount * d);
    return FloatMatrix.of(v, n, d);
  }

  public static double[][] rows(FloatMatrix x) {
    return x.toDoubleRows();
  }

  /** Index of the largest value, ties to the lowest index, skipping masked entries. */
  public static int argmax(double[] v, boolean[] skip) {
    int b = -1;
    for (int i = 0; i < v.length; i++) {
      if (!skip[i] && (b < 0 || v[i] > v[b])) b = i;
    }
    return b;
  }
}
