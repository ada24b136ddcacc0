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

  /** A float32 (N, D) array file, read into memory. */
  public static FloatMatrix load(java.nio.file.Path path) {
    try (var t = org.coreset4j.io.Tensors.open(path, null)) {
      return org.coreset4j.io.Tensors.readMatrix(t);
    }
  }

  /** Peak resident memory of this process in MiB (-1 where unknown). */
  public static long peakRssMiB() {
    Long rss = org.coreset4j.provenance.PeakMemory.now().residentBytes();
    return rss == null ? -1 : rss >> 20;
  }

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
