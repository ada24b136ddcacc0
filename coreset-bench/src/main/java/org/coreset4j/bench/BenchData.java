package org.coreset4j.bench;

import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;

/**
 * The benchmark data of the peer scripts: Gaussian clusters plus noise (sigma 0.5), rows scaled
 * to unit L2 norm. The generator differs from numpy's, so the data are alike, not identical; for
 * side-by-side runs on identical data write a .npy and pass it to both tools.
 */
public final class BenchData {
  private BenchData() {}

  public static FloatMatrix clustered(int n, int d, long seed, int clusters) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] c = new float[clusters * d];
    for (int i = 0; i < c.length; i++) {
      c[i] = (float) r.nextGaussian();
    }
    FloatMatrix x = FloatMatrix.allocate(n, d);
    float[] row = new float[d];
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(clusters);
      double ss = 0;
      for (int j = 0; j < d; j++) {
        row[j] = c[k * d + j] + 0.5f * (float) r.nextGaussian();
        ss += (double) row[j] * row[j];
      }
      float inv = (float) (1 / Math.sqrt(ss));
      for (int j = 0; j < d; j++) {
        row[j] *= inv;
      }
      x.setRow(i, row);
    }
    return x;
  }
}
