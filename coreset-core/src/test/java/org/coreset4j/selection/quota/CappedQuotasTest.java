package org.coreset4j.selection.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CappedQuotasTest {
  @Example
  void equalWeightsGiveTheCapAndTiesGoToTheLowerCluster() {
    CappedQuotas a = CappedQuotas.allocate(new double[3], new long[] {5, 5, 5}, 7);
    assertThat(a.shares()).containsExactly(7 / 3.0, 7 / 3.0, 7 / 3.0);
    assertThat(a.quotas()).containsExactly(3, 2, 2);
    assertThat(a.level()).isEqualTo(7 / 3.0);
    // small clusters are taken whole, the rest split evenly: 1 + 2 + t + t = 10, t = 3.5
    CappedQuotas b = CappedQuotas.allocate(new double[5], new long[] {9, 1, 0, 2, 8}, 10);
    assertThat(b.shares()).containsExactly(3.5, 1, 0, 2, 3.5);
    assertThat(b.quotas()).containsExactly(4, 1, 0, 2, 3);
  }

  @Example
  void everythingCappedHasNoLevelAndZeroBudgetTakesNothing() {
    CappedQuotas a = CappedQuotas.allocate(new double[] {0, 1, 2}, new long[] {2, 3, 4}, 9);
    assertThat(a.quotas()).containsExactly(2, 3, 4);
    assertThat(a.level()).isNaN();
    assertThat(CappedQuotas.allocate(new double[2], new long[] {2, 3}, 0).quotas()).containsExactly(0, 0);
  }

  @Example
  void hugeLogWeightsNeitherOverflowNorStarveTheRest() {
    // softmax weights exp(1000) vs exp(0): the first cluster is capped, the others share the rest
    CappedQuotas a = CappedQuotas.allocate(new double[] {1000, 0, 0}, new long[] {1, 10, 10}, 5);
    assertThat(a.quotas()).containsExactly(1, 2, 2);
  }

  @Example
  void aBudgetAboveTheSizesIsRefused() {
    assertThatThrownBy(() -> CappedQuotas.allocate(new double[2], new long[] {1, 2}, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void matchesTheReferenceAndMeetsTheBudgetExactly(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int k,
      @ForAll boolean equal) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] caps = new long[k];
    double[] logW = new double[k];
    long sum = 0;
    for (int c = 0; c < k; c++) {
      caps[c] = r.nextInt(5) == 0 ? 0 : r.nextInt(1, 60);
      logW[c] = equal ? 0 : r.nextDouble(-20, 20);
      sum += caps[c];
    }
    long total = sum == 0 ? 0 : r.nextLong(sum + 1);
    CappedQuotas a = CappedQuotas.allocate(logW, caps, total);
    double[] want = equal ? BruteQuotas.equalShares(caps, total) : BruteQuotas.weightedShares(logW, caps, total);
    assertThat(a.shares()).containsExactly(want, within(1e-9 * Math.max(1, total)));
    if (equal) {
      assertThat(a.shares()).containsExactly(want);
    }
    assertThat(a.quotas()).containsExactly(BruteQuotas.roundLargestRemainder(a.shares(), caps, total));
    long got = 0;
    for (int c = 0; c < k; c++) {
      assertThat(a.quotas()[c]).isBetween(0L, caps[c]);
      assertThat(Math.abs(a.quotas()[c] - a.shares()[c])).isLessThan(1.0);
      got += a.quotas()[c];
    }
    assertThat(got).isEqualTo(total);
  }
}
