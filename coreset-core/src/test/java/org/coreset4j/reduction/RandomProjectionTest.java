package org.coreset4j.reduction;

import static org.assertj.core.api.Assertions.assertThat;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;

class RandomProjectionTest {
  private static FloatMatrix project(FloatMatrix x, int dims, long seed, int threads) {
    try (Parallel p = new Parallel(threads)) {
      return new RandomProjection(dims).reduce(x, seed, p, Progress.NONE);
    }
  }

  @Test
  void preservesPairwiseDistancesRoughly() {
    int n = 40, d = 2000, dims = 500;
    FloatMatrix x = PcaTest.lowRankPlusNoise(n, d, 10, 1.0, 5);
    FloatMatrix y = project(x, dims, 3, 2);
    assertThat(y.rows()).isEqualTo(n);
    assertThat(y.cols()).isEqualTo(dims);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double ratio = dist(y, i, j) / dist(x, i, j);
        assertThat(ratio).as("pair %d,%d", i, j).isBetween(0.7, 1.3);
      }
    }
  }

  @Test
  void seededAndIndependentOfThreads() {
    FloatMatrix x = PcaTest.lowRankPlusNoise(30, 3000, 4, 1.0, 6);
    float[] a = project(x, 64, 9, 1).toArray();
    assertThat(project(x, 64, 9, 2).toArray()).isEqualTo(a);
    assertThat(project(x, 64, 10, 2).toArray()).isNotEqualTo(a);
  }

  private static double dist(FloatMatrix m, int i, int j) {
    double s = 0;
    for (int c = 0; c < m.cols(); c++) {
      double t = (double) m.get(i, c) - m.get(j, c);
      s += t * t;
    }
    return s;
  }
}
