package org.coreset4j.selection.ccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Seeds;
import org.junit.jupiter.api.Test;

class CcsSelectorTest {
  static Selection run(double[] scores, int size, long seed, String... options) {
    return run(scores, null, size, seed, options);
  }

  static Selection run(double[] scores, long[] ids, int size, long seed, String... options) {
    try (Parallel p = new Parallel(2)) {
      return new CcsSelector(CcsParams.from(MethodOptions.of(options)))
          .select(FloatMatrix.of(new float[scores.length], scores.length, 1), Budget.size(size),
              SelectionContext.of(seed, p).withScores(scores).withIds(ids));
    }
  }

  /** Stratum b's draw by brute force: its members with the want smallest (mix(derive(seed, b), id), id). */
  static int[] expected(int[] bin, boolean[] kept, int[] want, long[] ids, long seed) {
    return IntStream.range(0, want.length).flatMap(b -> IntStream.range(0, bin.length)
        .filter(i -> kept[i] && bin[i] == b).boxed()
        .sorted(Comparator.<Integer>comparingLong(i -> Seeds.mix(Seeds.derive(seed, b), ids == null ? i : ids[i]))
            .thenComparingLong(i -> ids == null ? i : ids[i]))
        .limit(want[b]).mapToInt(Integer::intValue)).sorted().toArray();
  }

  @Test
  void countsPerStratumFollowTheEvenSpreadWithSpillOver() {
    SplittableRandom r = new SplittableRandom(7);
    int n = 2000, strata = 12, budget = 500;
    double beta = 0.15;
    double[] s = new double[n];
    for (int i = 0; i < n; i++) s[i] = Math.pow(r.nextDouble(), 3) * 10; // skewed: uneven strata
    for (int i = 0; i < 40; i++) s[100 + i] = s[i]; // ties at the drop boundary are possible
    // reference: drop the hardest (highest score, ties: lower index first), bin the rest
    int dropped = (int) Math.floor(beta * n);
    int[] hardFirst = IntStream.range(0, n).boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> -s[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
    boolean[] kept = new boolean[n];
    for (int p = dropped; p < n; p++) kept[hardFirst[p]] = true;
    double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
    for (int i = 0; i < n; i++) if (kept[i]) { lo = Math.min(lo, s[i]); hi = Math.max(hi, s[i]); }
    int[] bin = new int[n];
    int[] size = new int[strata];
    for (int i = 0; i < n; i++) {
      if (kept[i]) {
        bin[i] = Math.min(strata - 1, (int) Math.floor((s[i] - lo) / (hi - lo) * strata));
        size[bin[i]]++;
      }
    }
    int[] want = new int[strata];
    int[] visit = IntStream.range(0, strata).filter(b -> size[b] > 0).boxed()
        .sorted(Comparator.<Integer>comparingInt(b -> size[b]).thenComparingInt(b -> b))
        .mapToInt(Integer::intValue).toArray();
    int m = budget;
    for (int v = 0; v < visit.length; v++) {
      want[visit[v]] = Math.min(size[visit[v]], m / (visit.length - v));
      m -= want[visit[v]];
    }
    for (long seed : new long[] {1, 2}) {
      Selection sel = run(s, budget, seed, "beta", "0.15", "strata", "12");
      int[] got = new int[strata];
      for (int i : sel.indices()) {
        assertThat(kept[i]).as("dropped sample %d selected", i).isTrue();
        got[bin[i]]++;
      }
      assertThat(got).containsExactly(want);
      assertThat(sel.indices()).containsExactly(expected(bin, kept, want, null, seed));
      long[] ids = r.longs(n).toArray();
      assertThat(run(s, ids, budget, seed, "beta", "0.15", "strata", "12").indices())
          .containsExactly(expected(bin, kept, want, ids, seed));
    }
    assertThat(run(s, budget, 3, "beta", "0.15", "strata", "12").indices())
        .isEqualTo(run(s, budget, 3, "beta", "0.15", "strata", "12").indices());
  }

  @Test
  void badInputNamesTheOption() {
    double[] s = new double[100];
    assertThatThrownBy(() -> run(s, 95, 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("--beta");
    try (Parallel p = new Parallel(1)) {
      assertThatThrownBy(() -> new CcsSelector(CcsParams.DEFAULTS)
          .select(FloatMatrix.of(new float[10], 10, 1), Budget.size(5), SelectionContext.of(0, p)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--scores");
    }
    assertThatThrownBy(() -> CcsParams.from(MethodOptions.of("strata", "0")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--strata");
    assertThat(run(s, 90, 0).size()).isEqualTo(90);
  }
}
