package org.coreset4j.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import org.coreset4j.clustering.KMeansParams.Init;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Yinyang bounds change nothing: plain and bounded Lloyd agree bit for bit after every pass. */
class KMeansBoundsTest {
  static KMeansResult fit(FloatMatrix x, KMeansParams p, int threads, boolean bounded) {
    try (Parallel par = new Parallel(threads)) {
      return KMeans.fit(x, p, par, Progress.NONE, bounded);
    }
  }

  /** Blobs where every fourth row repeats an earlier one (duplicate seeds leave clusters empty). */
  static FloatMatrix withDuplicates(int n, int d, boolean unit, long seed) {
    FloatMatrix x = KMeansTest.blobs(n, d, 12, 0.6, unit, seed);
    float[] v = x.toArray();
    for (int i = 3; i < n; i += 4) {
      System.arraycopy(v, (i / 7) * d, v, i * d, d);
    }
    return FloatMatrix.of(v, n, d);
  }

  @ParameterizedTest
  @EnumSource(value = Similarity.class, names = {"COSINE", "SQEUCLIDEAN"})
  void boundedEqualsPlainAfterEveryPass(Similarity metric) {
    FloatMatrix x = withDuplicates(1500, 24, metric == Similarity.COSINE, 3);
    double skipped = 0;
    for (Init init : Init.values()) {
      skipped += sameAfterEveryPass(x, new KMeansParams(120, 1, metric, init, 0, 5), 12);
    }
    assertThat(skipped).as("the bounds must skip some work, or the test proves nothing").isPositive();
  }

  /** 40 distinct rows repeated and a few noisy ones, K = 60: equal seeds, ties and empty clusters. */
  @ParameterizedTest
  @EnumSource(value = Similarity.class, names = {"COSINE", "SQEUCLIDEAN"})
  void emptyClustersAndEqualCentroids(Similarity metric) {
    int d = 6;
    float[] base = KMeansTest.blobs(40, d, 5, 0.3, metric == Similarity.COSINE, 9).toArray();
    float[] noisy = KMeansTest.blobs(60, d, 5, 0.8, metric == Similarity.COSINE, 10).toArray();
    float[] v = new float[300 * d];
    for (int i = 0; i < 240; i++) {
      System.arraycopy(base, (i % 40) * d, v, i * d, d);
    }
    System.arraycopy(noisy, 0, v, 240 * d, 60 * d);
    sameAfterEveryPass(FloatMatrix.of(v, 300, d), new KMeansParams(60, 1, metric, Init.RANDOM, 0, 1), 10);
  }

  /** Plain with 1 thread against bounded with 1 and 2, stopped after 1 to {@code passes} iterations. */
  private static double sameAfterEveryPass(FloatMatrix x, KMeansParams p, int passes) {
    double skipped = 0;
    for (int iters = 1; iters <= passes; iters++) {
      KMeansResult plain = fit(x, p.withIterations(iters), 1, false);
      assertThat(plain.iterations()).allMatch(it -> it.skipped() == 0);
      for (int threads = 1; threads <= 2; threads++) {
        KMeansResult bounded = fit(x, p.withIterations(iters), threads, true);
        String what = p.metric() + " " + p.init() + " iterations " + iters + " threads " + threads;
        assertThat(bounded.assignment()).as(what).isEqualTo(plain.assignment());
        assertThat(bounded.centroids().toArray()).as(what).isEqualTo(plain.centroids().toArray());
        assertThat(bounded.objective()).as(what).isEqualTo(plain.objective());
        for (int t = 0; t < plain.iterations().size(); t++) {
          KMeansIteration a = plain.iterations().get(t);
          KMeansIteration b = bounded.iterations().get(t);
          assertThat(b.objective()).as(what + " pass " + t).isEqualTo(a.objective());
          assertThat(b.changed()).as(what + " pass " + t).isEqualTo(a.changed());
        }
        skipped += bounded.iterations().stream().mapToDouble(KMeansIteration::skipped).sum();
      }
    }
    return skipped;
  }

  @ParameterizedTest
  @EnumSource(value = Similarity.class, names = {"COSINE", "SQEUCLIDEAN"})
  void everyRowGoesToTheFloat64Argmax(Similarity metric) {
    FloatMatrix x = withDuplicates(900, 16, metric == Similarity.COSINE, 8);
    for (boolean bounded : new boolean[] {false, true}) {
      KMeansResult r = fit(x, new KMeansParams(60, 6, metric, Init.RANDOM, 0, 2), 2, bounded);
      FloatMatrix c = r.centroids();
      for (int i = 0; i < x.rows(); i++) {
        int best = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < c.rows(); j++) {
          double h = metric == Similarity.SQEUCLIDEAN ? 0.5 * Vectors.sumSquaresF64(c, j) : 0;
          double t = Vectors.dotWide(x, i, c, j) - h;
          if (t > top) {
            top = t;
            best = j;
          }
        }
        assertThat(r.assignment()[i]).as("row %d bounded %s", i, bounded).isEqualTo(best);
      }
    }
  }
}
