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
      KMeansParams p = new KMeansParams(120, 1, metric, init, 0, 5);
      for (int iters = 1; iters <= 12; iters++) {
        KMeansResult plain = fit(x, p.withIterations(iters), 1, false);
        for (int threads = 1; threads <= 2; threads++) {
          KMeansResult bounded = fit(x, p.withIterations(iters), threads, true);
          String what = metric + " " + init + " iterations " + iters + " threads " + threads;
          assertThat(bounded.assignment()).as(what).isEqualTo(plain.assignment());
          assertThat(bounded.centroids().toArray()).as(what).isEqualTo(plain.centroids().toArray());
          assertThat(bounded.objective()).as(what).isEqualTo(plain.objective());
          for (int t = 0; t < plain.iterations().size(); t++) {
            assertThat(bounded.iterations().get(t).objective()).as(what).isEqualTo(plain.iterations().get(t).objective());
            assertThat(bounded.iterations().get(t).changed()).as(what).isEqualTo(plain.iterations().get(t).changed());
          }
          skipped += bounded.iterations().stream().mapToDouble(KMeansIteration::skipped).sum();
        }
        assertThat(plain.iterations()).allMatch(it -> it.skipped() == 0);
      }
    }
    assertThat(skipped).as("the bounds must skip some rows, or the test proves nothing").isPositive();
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
