package org.coreset4j.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;

class UmapTest {
  /** n points in `clusters` Gaussian clusters (unit spread, centres 10 apart on average) in d dims. */
  static FloatMatrix clusters(int n, int clusters, int d, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] centre = new double[clusters][d];
    for (double[] c : centre) for (int j = 0; j < d; j++) c[j] = 10 * r.nextGaussian() / Math.sqrt(2);
    float[] v = new float[n * d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) v[i * d + j] = (float) (centre[i % clusters][j] + r.nextGaussian() / Math.sqrt(2) * 1.5);
    }
    return FloatMatrix.of(v, n, d);
  }

  private static FloatMatrix umap(FloatMatrix x, Umap.Params p, long seed, int threads) {
    try (Parallel par = new Parallel(threads)) {
      return new Umap(2, p).reduce(x, seed, par, Progress.NONE);
    }
  }

  @Test
  void embedsClustersTrustworthily() {
    FloatMatrix x = clusters(1000, 10, 50, 1);
    FloatMatrix y = umap(x, Umap.Params.DEFAULTS, 0, 2);
    assertThat(y.rows()).isEqualTo(1000);
    assertThat(y.cols()).isEqualTo(2);
    double t;
    try (Parallel p = new Parallel(2)) {
      t = Trustworthiness.of(x, y, 5, p);
    }
    assertThat(t).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void subspaceIterationInitialisationAlsoWorks() {
    FloatMatrix x = clusters(600, 6, 20, 2);
    Umap.Params p = new Umap.Params(15, 0.1, 1.0, 5, 200, 1.0, 0);
    FloatMatrix y = umap(x, p, 0, 2);
    try (Parallel par = new Parallel(2)) {
      assertThat(Trustworthiness.of(x, y, 5, par)).isGreaterThanOrEqualTo(0.9);
    }
  }

  @Test
  void deterministicForAnyThreadCountAndSeeded() {
    FloatMatrix x = clusters(300, 4, 10, 3);
    Umap.Params p = new Umap.Params(10, 0.1, 1.0, 5, 100, 1.0, 1024);
    float[] one = umap(x, p, 5, 1).toArray();
    float[] two = umap(x, p, 5, 2).toArray();
    assertThat(Arrays.equals(one, two)).as("threads 1 vs 2").isTrue();
    assertThat(Arrays.equals(one, umap(x, p, 6, 1).toArray())).as("another seed").isFalse();
  }

  @Test
  void curveFitMatchesTheTargetShape() {
    CurveFit c = CurveFit.fit(0.1, 1.0);
    // the fitted curve must be close to the target psi on the fitting range
    double worst = 0;
    for (int i = 0; i <= 300; i++) {
      double d = 3.0 * i / 300;
      double psi = d < 0.1 ? 1 : Math.exp(-(d - 0.1));
      worst = Math.max(worst, Math.abs(1 / (1 + c.a() * Math.pow(d, 2 * c.b())) - psi));
    }
    assertThat(worst).isLessThan(0.1);
    assertThat(c.a()).isCloseTo(1.58, within(0.05));
    assertThat(c.b()).isCloseTo(0.90, within(0.05));
  }
}
