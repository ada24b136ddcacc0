package org.coreset4j.selection.semdedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.clustering.ClusterData;
import org.coreset4j.clustering.KMeans;
import org.coreset4j.clustering.KMeansResult;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;

class SemDeDupSelectorTest {
  /** max_sim by the definition, in float64, on the same clustering. */
  static double[] referenceMaxSim(FloatMatrix x, KMeansResult km, boolean hard) {
    double[][] xd = x.toDoubleRows();
    double[][] cd = km.centroids().toDoubleRows();
    int n = xd.length;
    double[] cos = new double[n];
    for (int i = 0; i < n; i++) cos[i] = dot(xd[i], cd[km.assignment()[i]]) / Math.sqrt(dot(cd[km.assignment()[i]], cd[km.assignment()[i]]));
    double[] out = new double[n];
    for (int c = 0; c < km.clusters(); c++) {
      final int cc = c;
      List<Integer> m = new ArrayList<>(IntStream.range(0, n).filter(i -> km.assignment()[i] == cc).boxed().toList());
      m.sort((a, b) -> cos[a] != cos[b] ? (hard ? Double.compare(cos[a], cos[b]) : Double.compare(cos[b], cos[a])) : Integer.compare(a, b));
      for (int p = 0; p < m.size(); p++) {
        double best = Double.NaN;
        for (int q = 0; q < p; q++) {
          double s = dot(xd[m.get(q)], xd[m.get(p)]);
          best = q == 0 ? s : Math.max(best, s);
        }
        out[m.get(p)] = best;
      }
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  static Selection run(FloatMatrix x, Budget b, int threads, String... options) {
    try (Parallel p = new Parallel(threads)) {
      return new SemDeDupSelector(SemDeDupParams.from(MethodOptions.of(options))).select(x, b, SelectionContext.of(9, p));
    }
  }

  @Test
  void removedSetMatchesFloat64Definition() {
    FloatMatrix x = ClusterData.nearDuplicates(600, 8, 1);
    KMeansResult km;
    try (Parallel p = new Parallel(1)) {
      km = KMeans.fit(x, SemDeDupParams.from(MethodOptions.of("clusters", "6")).kmeans().withSeed(9), p, Progress.NONE);
    }
    for (String keep : new String[] {"hard", "easy"}) {
      double[] want = referenceMaxSim(x, km, keep.equals("hard"));
      Selection s = run(x, Budget.size(1), 2, "clusters", "6", "eps", "0.01", "keep", keep);
      double[] got = (double[]) s.diagnostics().get("max_sim").data();
      boolean[] removed = (boolean[]) s.diagnostics().get("removed").data();
      int removedCount = 0;
      for (int i = 0; i < want.length; i++) {
        if (Double.isNaN(want[i])) {
          assertThat(got[i]).isNaN();
        } else {
          assertThat(got[i]).isCloseTo(want[i], within(1e-5));
        }
        assertThat(removed[i]).as("row %d", i).isEqualTo(want[i] > 1 - 0.01);
        removedCount += removed[i] ? 1 : 0;
      }
      assertThat(removedCount).isPositive();
      assertThat(s.size()).isEqualTo(600 - removedCount);
      assertThat((int[]) s.diagnostics().get("cluster").data()).isEqualTo(km.assignment());
    }
  }

  /**
   * 6000 unit rows around two directions (about 3000 per cluster, so each cluster's cosines take
   * three GEMM blocks of about 1400 rows); row 0 is repeated at every 4th index, more copies than a
   * block holds, and each row 6k + 1 at 6k + 3 and 6k + 5. Returns the copies of each repeated row.
   */
  private static List<int[]> duplicatesAcrossGemmBlocks(float[] v, int n, int d) {
    SplittableRandom r = new SplittableRandom(17);
    for (int i = 0; i < n; i++) {
      double[] row = new double[d];
      double s = 0;
      for (int j = 0; j < d; j++) {
        row[j] = (j == i % 2 ? 3 : 0) + r.nextGaussian();
        s += row[j] * row[j];
      }
      for (int j = 0; j < d; j++) v[i * d + j] = (float) (row[j] / Math.sqrt(s));
    }
    List<int[]> groups = new ArrayList<>();
    groups.add(IntStream.range(0, n / 4).map(k -> 4 * k).toArray());
    for (int b = 1; b + 4 < n; b += 6) groups.add(new int[] {b, b + 2, b + 4});
    for (int[] g : groups) for (int i : g) System.arraycopy(v, g[0] * d, v, i * d, d);
    return groups;
  }

  @Test
  void exactDuplicatesInDifferentGemmBlocksKeepTheLowestIndex() {
    int n = 6000;
    int d = 8;
    float[] v = new float[n * d];
    List<int[]> groups = duplicatesAcrossGemmBlocks(v, n, d);
    FloatMatrix x = FloatMatrix.of(v, n, d);
    KMeansResult km;
    try (Parallel p = new Parallel(1)) {
      km = KMeans.fit(x, SemDeDupParams.from(MethodOptions.of("clusters", "2")).kmeans().withSeed(9), p, Progress.NONE);
    }
    double[] want = referenceMaxSim(x, km, true);
    // the budget puts the threshold among the copies' max_sim, all 1 up to rounding
    Selection one = run(x, Budget.size(n - 1000), 1, "clusters", "2");
    Selection two = run(x, Budget.size(n - 1000), 2, "clusters", "2");
    assertThat(two.indices()).isEqualTo(one.indices());
    double[] got = (double[]) one.diagnostics().get("max_sim").data();
    assertThat((double[]) two.diagnostics().get("max_sim").data()).isEqualTo(got);
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(want[i])) {
        assertThat(got[i]).as("row %d", i).isNaN();
      } else {
        assertThat(got[i]).as("row %d", i).isCloseTo(want[i], within(1e-5));
      }
    }
    Set<Integer> kept = new HashSet<>();
    for (int i : one.indices()) kept.add(i);
    double t = SemDeDupSelector.threshold(got, n - 1000);
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(want[i]) || Math.abs(want[i] - t) > 1e-5) {
        assertThat(kept.contains(i)).as("row %d", i).isEqualTo(Double.isNaN(want[i]) || want[i] <= t);
      }
    }
    for (int[] g : groups) {
      assertThat(kept).as("first copy of row %d", g[0]).contains(g[0]);
      for (int c = 2; c < g.length; c++) {
        assertThat(got[g[c]]).as("copies %d and %d", g[1], g[c]).isEqualTo(got[g[1]]);
        assertThat(kept.contains(g[c])).as("copies %d and %d", g[1], g[c]).isEqualTo(kept.contains(g[1]));
      }
    }
  }

  @Test
  void budgetWithoutEpsKeepsTheTargetCount() {
    FloatMatrix x = ClusterData.nearDuplicates(600, 8, 2);
    for (int target : new int[] {450, 300, 598}) {
      Selection a = run(x, Budget.size(target), 1, "clusters", "6");
      Selection b = run(x, Budget.size(target), 2, "clusters", "6");
      assertThat(b.indices()).isEqualTo(a.indices());
      assertThat(a.size()).isEqualTo(target);
    }
  }

  @Test
  void thresholdIsNearestToTheTargetWithTiesToTheSmallerCount() {
    double[] maxSim = {Double.NaN, 0.5, 0.5, 0.9, Double.NaN, -0.2, 0.7};
    // kept counts: t->0+: 3, t=0.5: 5, t=0.7: 6, t=0.9: 7
    assertThat(SemDeDupSelector.threshold(maxSim, 4)).isEqualTo(0.25);
    assertThat(SemDeDupSelector.threshold(maxSim, 5)).isEqualTo(0.5);
    assertThat(SemDeDupSelector.threshold(maxSim, 7)).isEqualTo(0.9);
    assertThat(SemDeDupSelector.threshold(maxSim, 1)).isEqualTo(0.25);
  }

  @Test
  void epsOutsideTheOpenUnitIntervalIsAnError() {
    for (String eps : new String[] {"0", "1", "1.5", "-0.1"}) {
      assertThatThrownBy(() -> SemDeDupParams.from(MethodOptions.of("eps", eps)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--eps");
    }
    assertThatThrownBy(() -> run(ClusterData.nearDuplicates(5, 3, 3), Budget.size(2), 1, "clusters", "6"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--clusters 6");
  }
}
