package org.coreset4j.selection.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bounded projection against a plain bisection and against the KKT conditions. */
class BoxedQuotasTest {
  @Test
  void matchesBisectionAndMeetsTheBoundsAndTheTotal() {
    SplittableRandom r = new SplittableRandom(7);
    for (int trial = 0; trial < 500; trial++) {
      int k = 1 + r.nextInt(12);
      long[] hi = new long[k];
      double[] t = new double[k];
      double[] lo = new double[k];
      long n = 0;
      for (int c = 0; c < k; c++) {
        hi[c] = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(30);
        n += hi[c];
      }
      long total = n == 0 ? 0 : r.nextLong(n + 1);
      double wSum = 0;
      double[] w = new double[k];
      for (int c = 0; c < k; c++) {
        w[c] = hi[c] == 0 ? 0 : Math.exp(r.nextDouble(-3, 3));
        wSum += w[c];
      }
      for (int c = 0; c < k; c++) {
        t[c] = wSum == 0 ? 0 : total * w[c] / wSum;
        lo[c] = hi[c] == 0 ? 0 : Math.max(0, Math.min(0.5 * total / k, hi[c] - 1.0));
      }
      BoxedQuotas q = BoxedQuotas.allocate(t, lo, hi, total);
      double[] want = BruteQuotas.projectedShares(t, lo, hi, total);
      assertThat(q.shares()).as("trial %d", trial).containsExactly(want, within(1e-7));
      assertThat(Arrays.stream(q.quotas()).sum()).isEqualTo(total);
      for (int c = 0; c < k; c++) {
        assertThat(q.quotas()[c]).isBetween((long) Math.floor(lo[c]), hi[c]);
        // KKT: a cluster strictly inside its bounds sits at t_c + nu
        if (q.shares()[c] > lo[c] + 1e-9 && q.shares()[c] < hi[c] - 1e-9) {
          assertThat(q.shares()[c] - t[c]).isCloseTo(q.shift(), within(1e-7));
        }
      }
      // the rounding of its own shares (the bisection's may fall on the other side of an integer)
      assertThat(q.quotas()).containsExactly(BruteQuotas.roundLargestRemainder(q.shares(), hi, total));
    }
  }

  @Test
  void floorsLiftSmallTargetsAndTheRestShrinksEvenly() {
    // targets 8, 1, 1 of 10 with floors 2: the small clusters rise to 2, the large one gives 2
    BoxedQuotas q = BoxedQuotas.allocate(new double[] {8, 1, 1}, new double[] {2, 2, 2}, new long[] {10, 10, 10}, 10);
    assertThat(q.shares()).containsExactly(6, 2, 2);
    assertThat(q.quotas()).containsExactly(6, 2, 2);
  }
}
