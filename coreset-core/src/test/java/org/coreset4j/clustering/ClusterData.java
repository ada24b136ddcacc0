package org.coreset4j.clustering;

import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;

/** Small seeded data sets for the tests of the clustering-based selectors. */
public final class ClusterData {
  private ClusterData() {}

  /** Unit rows around 6 random directions, every third row a near-copy of the row before it. */
  public static FloatMatrix nearDuplicates(int n, int d, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] dirs = new double[6][d];
    for (double[] c : dirs) for (int j = 0; j < d; j++) c[j] = r.nextGaussian();
    float[] v = new float[n * d];
    for (int i = 0; i < n; i++) {
      double[] c = dirs[r.nextInt(6)];
      double s = 0;
      for (int j = 0; j < d; j++) {
        double x = i % 3 == 2 ? v[(i - 1) * d + j] + 0.02 * r.nextGaussian() : c[j] + 0.7 * r.nextGaussian();
        v[i * d + j] = (float) x;
        s += x * x;
      }
      for (int j = 0; j < d; j++) v[i * d + j] /= (float) Math.sqrt(s);
    }
    return FloatMatrix.of(v, n, d);
  }
}
