package org.coreset4j.selection.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.coreset4j.util.Seeds;

class BalanceSelectorTest {
  /** The reference: t on the sorted sizes, largest remainder, the q_c smallest u per cluster. */
  static int[] brute(int[] label, int k, int count, long seed) {
    long[] size = new long[k];
    for (int a : label) size[a]++;
    double[] share = BruteQuotas.equalShares(size, count);
    long[] q = BruteQuotas.roundLargestRemainder(share, size, count);
    SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, BalanceSelector.DRAW_STREAM));
    double[] u = new double[label.length];
    for (int i = 0; i < u.length; i++) u[i] = rng.nextDouble();
    List<Integer> kept = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < label.length; i++) if (label[i] == c) members.add(i);
      members.sort(Comparator.comparingDouble((Integer i) -> u[i]).thenComparingInt(i -> i));
      kept.addAll(members.subList(0, (int) q[c]));
    }
    return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  @Example
  void aDrawIsTheIndexthDrawOfTheSeededStream() {
    SplittableRandom rng = new SplittableRandom(Seeds.derive(7, BalanceSelector.DRAW_STREAM));
    for (int i = 0; i < 1000; i++) {
      assertThat(BalanceSelector.draw(7, i)).as("draw %d", i).isEqualTo(rng.nextDouble());
    }
  }

  static int[] labels(int n, int k, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] l = new int[n];
    for (int i = 0; i < n; i++) {
      // skewed sizes: cluster c drawn with weight ~ 1 / (c + 1)
      l[i] = (int) Math.min(k - 1, Math.floor(Math.exp(r.nextDouble() * Math.log(k + 1)) - 1));
    }
    return l;
  }

  @Example
  void stagesAfterClusteringMatchTheReference() {
    int[] label = labels(400, 12, 3);
    for (int count : new int[] {1, 17, 60, 200, 399, 400}) {
      for (int threads = 1; threads <= 2; threads++) {
        BalanceSelector.Balanced b;
        try (Parallel p = new Parallel(threads)) {
          b = BalanceSelector.selectClustered(label, 12, count, 9, p);
        }
        assertThat(b.indices()).as("count %d", count).containsExactly(brute(label, 12, count, 9));
        assertThat(Arrays.stream(b.quotas()).sum()).isEqualTo(count);
      }
    }
  }

  @Example
  void capIsTheLevelThatMeetsTheBudget() {
    // sizes 1, 2, 3, 10, 10: 1 + 2 + 3 + 2t = 12 gives t = 3, the 3-cluster is taken whole
    int[] label = new int[26];
    int[] sizes = {1, 2, 3, 10, 10};
    int i = 0;
    for (int c = 0; c < sizes.length; c++) for (int j = 0; j < sizes[c]; j++) label[i++] = c;
    BalanceSelector.Balanced b;
    try (Parallel p = new Parallel(1)) {
      b = BalanceSelector.selectClustered(label, 5, 12, 0, p);
    }
    assertThat(b.cap()).isEqualTo(3.0);
    assertThat(b.quotas()).containsExactly(1, 2, 3, 3, 3);
    try (Parallel p = new Parallel(1)) {
      // 1 + 2 + 3 + 2t = 13: t = 3.5, the extra sample goes to the lower of the two tied clusters
      b = BalanceSelector.selectClustered(label, 5, 13, 0, p);
      assertThat(b.cap()).isEqualTo(3.5);
      assertThat(b.quotas()).containsExactly(1, 2, 3, 4, 3);
      assertThat(BalanceSelector.selectClustered(label, 5, 26, 0, p).cap()).isEqualTo(10.0);
    }
  }

  @Example
  void wholeMethodMatchesTheReferenceOnItsClusteringWithDuplicateRowsAndThreads() {
    FloatMatrix x = TestData.clustered(300, 6, 4, 250, 30, 21);
    KMeansResult km;
    try (Parallel p = new Parallel(1)) {
      km = KMeans.fit(x, BalanceParams.from(MethodOptions.of("clusters", "10")).kmeans().withSeed(4), p,
          Progress.NONE);
    }
    int[] want = brute(km.assignment(), 10, 75, 4);
    for (int threads = 1; threads <= 2; threads++) {
      Selection s;
      try (Parallel p = new Parallel(threads)) {
        s = Selectors.create("balance", MethodOptions.of("clusters", "10"))
            .select(x, Budget.size(75), SelectionContext.of(4, p));
      }
      assertThat(s.indices()).containsExactly(want);
      assertThat(s.diagnostics().keySet()).containsExactly("cluster", "centroids", "draw", "quota", "cap");
      assertThat((int[]) s.diagnostics().get("cluster").data()).containsExactly(km.assignment());
    }
  }

  @Property(tries = 200)
  void theBudgetIsAlwaysMetExactly(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n,
      @ForAll @IntRange(min = 1, max = 30) int k) {
    SplittableRandom r = new SplittableRandom(seed);
    int clusters = Math.min(k, n);
    int[] label = labels(n, clusters, seed);
    int count = r.nextInt(n + 1);
    BalanceSelector.Balanced b;
    try (Parallel p = new Parallel(1)) {
      b = BalanceSelector.selectClustered(label, clusters, count, seed, p);
    }
    assertThat(b.indices()).hasSize(count);
    long[] per = new long[clusters];
    for (int i : b.indices()) per[label[i]]++;
    assertThat(per).containsExactly(b.quotas());
    long[] size = new long[clusters];
    for (int a : label) size[a]++;
    for (int c = 0; c < clusters; c++) {
      assertThat((double) b.quotas()[c]).isCloseTo(Math.min(size[c], b.cap()), org.assertj.core.api.Assertions.within(1.0 - 1e-12));
    }
  }

  @Example
  void badInputNamesTheOption() {
    FloatMatrix x = TestData.clustered(20, 3, 2, 10, 2, 1);
    try (Parallel p = new Parallel(1)) {
      assertThatThrownBy(() -> Selectors.create("balance", MethodOptions.of("clusters", "21"))
          .select(x, Budget.size(5), SelectionContext.of(0, p)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--clusters 21");
      assertThatThrownBy(() -> Selectors.create("balance", MethodOptions.of("clusters", "0")))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--clusters");
      assertThatThrownBy(() -> Selectors.create("balance", MethodOptions.empty())
          .select(x, Budget.size(21), SelectionContext.of(0, p)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--size 21");
    }
  }
}
