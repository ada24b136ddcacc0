package org.coreset4j.selection.dbp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coreset4j.clustering.KMeans;
import org.coreset4j.clustering.KMeansResult;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.quota.BruteQuotas;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

class DbpSelectorTest {
  /** The plain float64 reference of steps 2 to 5 with --within farthest. */
  record Ref(int[] indices, double[] distance, double[] intra, double[] inter, double[] complexity, long[] quota) {}

  static double cosine(double[] a, double[] b) {
    double ab = 0, aa = 0, bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }

  static Ref brute(FloatMatrix unit, int[] label, FloatMatrix centroids, int count, int l, double tau) {
    double[][] x = unit.toDoubleRows();
    double[][] c = centroids.toDoubleRows();
    int k = c.length;
    long[] size = new long[k];
    for (int a : label) size[a]++;
    double[] dist = new double[x.length];
    for (int i = 0; i < x.length; i++) dist[i] = 1 - cosine(x[i], c[label[i]]);
    double[] intra = new double[k], inter = new double[k], cx = new double[k], logW = new double[k];
    for (int a = 0; a < k; a++) {
      if (size[a] == 0) {
        intra[a] = inter[a] = cx[a] = Double.NaN;
        continue;
      }
      double s = 0;
      for (int i = 0; i < x.length; i++) if (label[i] == a) s += dist[i];
      intra[a] = s / size[a];
      List<Double> d = new ArrayList<>();
      for (int b = 0; b < k; b++) if (b != a && size[b] > 0) d.add(1 - cosine(c[a], c[b]));
      d.sort(null);
      int m = Math.min(l, d.size());
      double t = 0;
      for (int i = 0; i < m; i++) t += d.get(i);
      inter[a] = m == 0 ? 0 : t / m;
      cx[a] = intra[a] * inter[a];
      logW[a] = cx[a] / tau;
    }
    double max = Double.NEGATIVE_INFINITY, wSum = 0;
    for (int a = 0; a < k; a++) if (size[a] > 0) max = Math.max(max, logW[a]);
    double[] t = new double[k], lo = new double[k];
    for (int a = 0; a < k; a++) wSum += size[a] > 0 ? Math.exp(logW[a] - max) : 0;
    for (int a = 0; a < k; a++) {
      t[a] = size[a] > 0 ? count * Math.exp(logW[a] - max) / wSum : 0;
      lo[a] = size[a] > 0 ? Math.max(0, Math.min(0.5 * count / k, size[a] - 1.0)) : 0;
    }
    double[] share = BruteQuotas.projectedShares(t, lo, size, count);
    long[] q = BruteQuotas.roundLargestRemainder(share, size, count);
    List<Integer> kept = new ArrayList<>();
    for (int a = 0; a < k; a++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < x.length; i++) if (label[i] == a) members.add(i);
      members.sort(Comparator.comparingDouble((Integer i) -> -dist[i]).thenComparingInt(i -> i));
      kept.addAll(members.subList(0, (int) q[a]));
    }
    return new Ref(kept.stream().mapToInt(Integer::intValue).sorted().toArray(), dist, intra, inter, cx, q);
  }

  static FloatMatrix unitBrute(FloatMatrix x) {
    double[][] r = x.toDoubleRows();
    float[] v = new float[x.rows() * x.cols()];
    for (int i = 0; i < r.length; i++) {
      double s = 0;
      for (double a : r[i]) s += a * a;
      for (int j = 0; j < r[i].length; j++) v[i * x.cols() + j] = (float) (r[i][j] / Math.sqrt(s));
    }
    return FloatMatrix.of(v, x.rows(), x.cols());
  }

  static FloatMatrix randomRows(int n, int d, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[n * d];
    for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
    return FloatMatrix.of(v, n, d);
  }

  static void assertMatches(DbpSelector.Pruned p, Ref want) {
    assertThat(p.distance()).containsExactly(want.distance(), within(1e-9));
    assertThat(p.intra()).containsExactly(want.intra(), within(1e-9));
    assertThat(p.inter()).containsExactly(want.inter(), within(1e-9));
    assertThat(p.complexity()).containsExactly(want.complexity(), within(1e-9));
    assertThat(p.quotas()).containsExactly(want.quota());
    assertThat(p.indices()).containsExactly(want.indices());
  }

  @Example
  void stagesAfterClusteringMatchTheReference() {
    // fixed labels and arbitrary (non-unit) centroids, one empty cluster, duplicate rows
    FloatMatrix x = unitBrute(TestData.clustered(200, 5, 3, 150, 30, 8));
    FloatMatrix centroids = randomRows(9, 5, 2);
    SplittableRandom r = new SplittableRandom(5);
    int[] label = new int[200];
    for (int i = 0; i < label.length; i++) label[i] = r.nextInt(8) == 7 ? 8 : r.nextInt(7);
    for (int i = 150; i < 180; i++) label[i] = label[i - 150];
    for (String[] opts : new String[][] {{}, {"neighbors", "3", "tau", "0.02"}, {"neighbors", "1", "tau", "5"}}) {
      DbpParams params = DbpParams.from(MethodOptions.of(opts));
      for (int count : new int[] {1, 40, 120, 199, 200}) {
        Ref want = brute(x, label, centroids, count, params.neighbors(), params.tau());
        for (int threads = 1; threads <= 2; threads++) {
          try (Parallel p = new Parallel(threads)) {
            DbpSelector.Pruned got = new DbpSelector(params).selectClustered(x, label, centroids, count, 3, p);
            assertMatches(got, want);
            assertThat(got.intra()[7]).isNaN();
          }
        }
      }
    }
  }

  @Example
  void tiesInDistanceGoToTheLowerIndex() {
    // cluster 1: four identical rows farther from its centroid than row 5; its quota of 2 keeps the
    // two lowest of the identical rows
    FloatMatrix x = FloatMatrix.of(new float[][] {{1, 0}, {0.6f, 0.8f}, {0.6f, 0.8f}, {0.6f, 0.8f}, {0.6f, 0.8f},
        {0, 1}});
    FloatMatrix c = FloatMatrix.of(new float[][] {{1, 0}, {0, 1}});
    int[] label = {0, 1, 1, 1, 1, 1};
    try (Parallel p = new Parallel(1)) {
      DbpSelector.Pruned got = new DbpSelector(DbpParams.DEFAULTS).selectClustered(x, label, c, 3, 0, p);
      assertThat(got.quotas()).containsExactly(1, 2);
      assertThat(got.indices()).containsExactly(0, 1, 2);
    }
  }

  @Example
  void wholeMethodMatchesTheReferenceOnItsClusteringForOneAndTwoThreads() {
    FloatMatrix raw = TestData.clustered(240, 8, 5, 200, 20, 11);
    FloatMatrix unit = unitBrute(raw);
    DbpParams params = DbpParams.from(MethodOptions.of("clusters", "12", "neighbors", "4"));
    KMeansResult km;
    try (Parallel p = new Parallel(1)) {
      km = KMeans.fit(unit, params.kmeans().withSeed(6), p, Progress.NONE);
    }
    Ref want = brute(unit, km.assignment(), km.centroids(), 60, 4, params.tau());
    for (int threads = 1; threads <= 2; threads++) {
      Selection s;
      try (Parallel p = new Parallel(threads)) {
        s = Selectors.create("dbp", MethodOptions.of("clusters", "12", "neighbors", "4"))
            .select(raw, Budget.size(60), SelectionContext.of(6, p));
      }
      assertThat(s.indices()).containsExactly(want.indices());
      assertThat((double[]) s.diagnostics().get("complexity").data()).containsExactly(want.complexity(), within(1e-9));
      assertThat(s.diagnostics().keySet())
          .containsExactly("cluster", "centroids", "distance", "intra", "inter", "complexity", "share", "quota");
    }
  }

  @Example
  void randomWithinKeepsTheQuotasAndIsThreadIndependent() {
    FloatMatrix x = TestData.clustered(240, 8, 5, 200, 20, 11);
    int[][] got = new int[2][];
    for (int threads = 1; threads <= 2; threads++) {
      try (Parallel p = new Parallel(threads)) {
        Selection s = Selectors.create("dbp", MethodOptions.of("clusters", "9", "within", "random"))
            .select(x, Budget.size(70), SelectionContext.of(1, p));
        got[threads - 1] = s.indices();
        int[] label = (int[]) s.diagnostics().get("cluster").data();
        long[] quota = (long[]) s.diagnostics().get("quota").data();
        long[] per = new long[quota.length];
        for (int i : s.indices()) per[label[i]]++;
        assertThat(per).containsExactly(quota);
      }
    }
    assertThat(got[0]).hasSize(70).containsExactly(got[1]);
  }

  @Property(tries = 150)
  void theBudgetIsAlwaysMetExactly(@ForAll long seed, @ForAll @IntRange(min = 2, max = 150) int n,
      @ForAll @IntRange(min = 1, max = 20) int k) {
    SplittableRandom r = new SplittableRandom(seed);
    int clusters = Math.min(k, n);
    FloatMatrix x = unitBrute(randomRows(n, 3, seed));
    FloatMatrix c = unitBrute(randomRows(clusters, 3, seed + 1));
    int[] label = new int[n];
    for (int i = 0; i < n; i++) label[i] = r.nextInt(1 + r.nextInt(clusters));
    int count = r.nextInt(n + 1);
    double tau = Math.exp(r.nextDouble(-6, 3));
    try (Parallel p = new Parallel(1)) {
      DbpSelector.Pruned got = new DbpSelector(new DbpParams(DbpParams.DEFAULTS.kmeans(), 1 + r.nextInt(5), tau,
          r.nextDouble(), DbpParams.Within.FARTHEST)).selectClustered(x, label, c, count, seed, p);
      assertThat(got.indices()).hasSize(count);
      assertThat(Arrays.stream(got.quotas()).sum()).isEqualTo(count);
    }
  }

  @Example
  void badInputNamesTheOption() {
    FloatMatrix x = TestData.clustered(20, 3, 2, 10, 2, 1);
    assertThatThrownBy(() -> Selectors.create("dbp", MethodOptions.of("tau", "0")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--tau 0");
    assertThatThrownBy(() -> Selectors.create("dbp", MethodOptions.of("tau", "-1")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--tau");
    assertThatThrownBy(() -> Selectors.create("dbp", MethodOptions.of("neighbors", "0")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--neighbors 0");
    assertThatThrownBy(() -> Selectors.create("dbp", MethodOptions.of("within", "nearest")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--within");
    try (Parallel p = new Parallel(1)) {
      assertThatThrownBy(() -> Selectors.create("dbp", MethodOptions.of("clusters", "21"))
          .select(x, Budget.size(5), SelectionContext.of(0, p)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--clusters 21");
      FloatMatrix zero = FloatMatrix.of(new float[] {1, 0, 0, 0, 0, 1}, 3, 2);
      assertThatThrownBy(() -> Selectors.create("dbp", MethodOptions.of("clusters", "1"))
          .select(zero, Budget.size(1), SelectionContext.of(0, p)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("feature row 1");
    }
  }
}
