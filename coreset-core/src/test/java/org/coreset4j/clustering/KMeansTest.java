package org.coreset4j.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.clustering.KMeansParams.Init;
import org.coreset4j.clustering.KMeansParams.Metric;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.coreset4j.util.Sampling;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class KMeansTest {
  /** n rows around {@code groups} Gaussian centres, optionally L2-normalised. */
  static FloatMatrix blobs(int n, int d, int groups, double noise, boolean unit, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] centres = new double[groups][d];
    for (double[] c : centres) {
      for (int j = 0; j < d; j++) c[j] = r.nextGaussian();
    }
    float[] v = new float[n * d];
    for (int i = 0; i < n; i++) {
      double[] c = centres[r.nextInt(groups)];
      double s = 0;
      for (int j = 0; j < d; j++) {
        double x = c[j] + noise * r.nextGaussian();
        v[i * d + j] = (float) x;
        s += x * x;
      }
      if (unit) {
        for (int j = 0; j < d; j++) v[i * d + j] = (float) (v[i * d + j] / Math.sqrt(s));
      }
    }
    return FloatMatrix.of(v, n, d);
  }

  static KMeansResult fit(FloatMatrix x, KMeansParams p, int threads) {
    try (Parallel par = new Parallel(threads)) {
      return KMeans.fit(x, p, par, Progress.NONE);
    }
  }

  @ParameterizedTest
  @EnumSource(Metric.class)
  void objectiveNeverIncreases(Metric metric) {
    FloatMatrix x = blobs(1000, 8, 30, 0.8, metric == Metric.SPHERICAL, 1);
    for (Init init : Init.values()) {
      KMeansResult r = fit(x, new KMeansParams(25, 25, metric, init, 0, 7), 2);
      List<KMeansIteration> it = r.iterations();
      for (int t = 1; t < it.size(); t++) {
        assertThat(it.get(t).objective()).as("%s %s pass %d", metric, init, t)
            .isLessThanOrEqualTo(it.get(t - 1).objective() * (1 + 1e-6));
      }
      assertThat(r.objective()).isEqualTo(it.getLast().objective());
      assertThat(r.objective()).isCloseTo(bruteObjective(x, r.centroids(), r.assignment(), metric),
          org.assertj.core.data.Offset.offset(1e-4 * r.objective() + 1e-9));
    }
  }

  @ParameterizedTest
  @EnumSource(Metric.class)
  void threadCountDoesNotChangeTheResult(Metric metric) {
    FloatMatrix x = blobs(1200, 8, 50, 1.0, metric == Metric.SPHERICAL, 2);
    for (int batch : new int[] {0, 300}) {
      for (Init init : Init.values()) {
        KMeansParams p = new KMeansParams(40, 8, metric, init, batch, 11);
        KMeansResult a = fit(x, p, 1);
        KMeansResult b = fit(x, p, 2);
        assertThat(b.assignment()).isEqualTo(a.assignment());
        assertThat(b.centroids().toArray()).isEqualTo(a.centroids().toArray());
        assertThat(b.objective()).isEqualTo(a.objective());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Metric.class)
  void matchesFloat64Lloyd(Metric metric) {
    FloatMatrix x = blobs(800, 6, 8, 0.3, metric == Metric.SPHERICAL, 3);
    int k = 8;
    KMeansParams p = new KMeansParams(k, 30, metric, Init.RANDOM, 0, 5);
    KMeansResult r = fit(x, p, 2);
    double[][] xs = x.toDoubleRows();
    int[] seeds = Sampling.withoutReplacement(x.rows(), k, 5);
    double[][] c = new double[k][];
    for (int j = 0; j < k; j++) c[j] = normalised(xs[seeds[j]].clone(), metric);
    int[] labels = new int[x.rows()];
    for (int it = 0; it <= 30; it++) {
      boolean changed = false;
      for (int i = 0; i < xs.length; i++) {
        int best = 0;
        for (int j = 1; j < k; j++) {
          if (score(xs[i], c[j], metric) > score(xs[i], c[best], metric)) best = j;
        }
        changed |= labels[i] != best || it == 0;
        labels[i] = best;
      }
      if (!changed || it == 30) break;
      double[][] sums = new double[k][x.cols()];
      int[] counts = new int[k];
      for (int i = 0; i < xs.length; i++) {
        counts[labels[i]]++;
        for (int col = 0; col < x.cols(); col++) sums[labels[i]][col] += xs[i][col];
      }
      for (int j = 0; j < k; j++) {
        assertThat(counts[j]).as("reference cluster %d empty", j).isPositive();
        for (int col = 0; col < x.cols(); col++) sums[j][col] /= counts[j];
        c[j] = normalised(sums[j], metric);
      }
    }
    assertThat(r.assignment()).isEqualTo(labels);
    for (int j = 0; j < k; j++) {
      for (int col = 0; col < x.cols(); col++) {
        assertThat((double) r.centroids().get(j, col)).isCloseTo(c[j][col], org.assertj.core.data.Offset.offset(1e-5));
      }
    }
  }

  @Test
  void emptyClustersAreReseededWithTheWorstFittingRow() {
    // rows 0..7 identical, rows 8 and 9 far apart: a seed drawing two identical rows leaves a
    // cluster empty, which must take the worst-fitting row, ending with objective 0
    float[] v = new float[20];
    for (int i = 0; i < 8; i++) v[2 * i] = 1f;
    v[16] = -5f;
    v[19] = 7f;
    FloatMatrix x = FloatMatrix.of(v, 10, 2);
    long seed = 0;
    while (countBelow(Sampling.withoutReplacement(10, 3, seed), 8) < 2) seed++;
    KMeansResult r = fit(x, new KMeansParams(3, 10, Metric.EUCLIDEAN, Init.RANDOM, 0, seed), 1);
    assertThat(r.objective()).isZero();
    assertThat(r.members().size(0) * r.members().size(1) * r.members().size(2)).isEqualTo(8);
  }

  @Test
  void badClusterCountsNameTheOption() {
    FloatMatrix x = blobs(10, 3, 2, 0.1, true, 4);
    assertThatThrownBy(() -> fit(x, KMeansParams.DEFAULTS.withClusters(11), 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--clusters 11");
    assertThatThrownBy(() -> KMeansParams.DEFAULTS.withClusters(-1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--clusters -1");
    assertThatThrownBy(() -> KMeansParams.from(org.coreset4j.params.MethodOptions.of("clusters", "0"), Metric.SPHERICAL))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--clusters 0");
    assertThat(KMeansParams.DEFAULTS.clustersFor(10)).isEqualTo(4);
  }

  @Test
  void membersAreGroupedAscending() {
    ClusterMembers m = ClusterMembers.of(new int[] {2, 0, 2, 1, 0}, 4);
    assertThat(m.rows(0)).containsExactly(1, 4);
    assertThat(m.rows(1)).containsExactly(3);
    assertThat(m.rows(2)).containsExactly(0, 2);
    assertThat(m.size(3)).isZero();
  }

  private static int countBelow(int[] a, int bound) {
    int c = 0;
    for (int v : a) c += v < bound ? 1 : 0;
    return c;
  }

  private static double[] normalised(double[] v, Metric metric) {
    if (metric == Metric.SPHERICAL) {
      double s = 0;
      for (double a : v) s += a * a;
      for (int i = 0; i < v.length; i++) v[i] /= Math.sqrt(s);
    }
    return v;
  }

  private static double score(double[] x, double[] c, Metric metric) {
    double dot = 0, cc = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * c[i];
      cc += c[i] * c[i];
    }
    return metric == Metric.SPHERICAL ? dot : dot - 0.5 * cc;
  }

  private static double bruteObjective(FloatMatrix x, FloatMatrix c, int[] labels, Metric metric) {
    double total = 0;
    for (int i = 0; i < x.rows(); i++) {
      double dot = 0, xx = 0, d2 = 0;
      for (int col = 0; col < x.cols(); col++) {
        double a = x.get(i, col), b = c.get(labels[i], col);
        dot += a * b;
        xx += a * a;
        d2 += (a - b) * (a - b);
      }
      total += metric == Metric.SPHERICAL ? Math.sqrt(xx) - dot : d2;
    }
    return total;
  }
}
