package org.coreset4j.selection.ccs;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.clustering.ClusterMembers;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Scores;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.Ranking;
import org.coreset4j.util.Sampling;
import org.coreset4j.util.Seeds;

/**
 * Coverage-centric coreset selection (Zheng et al. 2023, Algorithm 1) on per-sample difficulty
 * scores (higher = harder): drop the floor(beta N) hardest samples (ties: the lower index counts as
 * harder), cut the rest into equal-width score strata over [min, max], then visit the non-empty
 * strata from smallest to largest (ties to the lower stratum) and take min(size, floor(m / strata
 * left)) uniformly at random from each, m being the budget still left: the budget is spread evenly
 * and what small strata cannot use passes on to larger ones. A stratum's draw is its members first
 * in the id-hash order of a per-stratum seed ({@link Sampling#byIdHash}; the ids of
 * {@code --ids}, else the positions), so it depends on the ids only and Spark draws the same.
 */
public final class CcsSelector implements Selector {
  private final CcsParams params;

  public CcsSelector(CcsParams params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "ccs";
  }

  public CcsParams params() {
    return params;
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    int count = budget.count(n);
    double[] score = Scores.require(context, n, name());
    int[] kept = Arrays.copyOfRange(Ranking.numericOrder(score, true), dropped(n, count), n);
    Arrays.sort(kept);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i : kept) {
      lo = Math.min(lo, score[i]);
      hi = Math.max(hi, score[i]);
    }
    int[] stratum = new int[kept.length];
    for (int p = 0; p < kept.length; p++) {
      stratum[p] = stratum(score[kept[p]], lo, hi, params.strata());
    }
    ClusterMembers byStratum = ClusterMembers.of(stratum, params.strata());
    int[] take = takes(IntStream.range(0, params.strata()).map(byStratum::size).toArray(), count);
    int[] picked = new int[count];
    int filled = 0;
    for (int b = 0; b < take.length; b++) {
      int[] members = Arrays.stream(byStratum.rows(b)).map(p -> kept[p]).toArray();
      long[] keys = Arrays.stream(members).mapToLong(i -> context.ids() == null ? i : context.ids()[i]).toArray();
      for (int p : Sampling.byIdHash(members.length, keys, take[b], drawSeed(context.seed(), b))) {
        picked[filled++] = members[p];
      }
    }
    return Selection.of(picked);
  }

  /** floor(beta N), the number of hardest samples dropped; bad input when fewer than k would remain. */
  public int dropped(long n, int count) {
    long dropped = (long) Math.floor(params.beta() * n);
    if (n - dropped < count) {
      throw new InvalidInputException("--beta " + params.beta() + " drops " + dropped + " of " + n
          + " samples, leaving fewer than the " + count + " to select; lower --beta");
    }
    return (int) dropped;
  }

  /** The stratum of a kept score s: floor(strata (s - lo) / (hi - lo)), the maximum in the last. */
  public static int stratum(double s, double lo, double hi, int strata) {
    double u = hi > lo ? (s - lo) / (hi - lo) : 0.0;
    return Math.min(strata - 1, (int) Math.floor(u * strata));
  }

  /**
   * How many samples each stratum gives: the non-empty strata visited from smallest to largest
   * (ties to the lower stratum), each taking min(size, floor(m / strata left)) of the m still to pick.
   */
  public static int[] takes(int[] sizes, int count) {
    int[] nonEmpty = IntStream.range(0, sizes.length).filter(b -> sizes[b] > 0).toArray();
    int[] visit = Ranking.numericSorted(nonEmpty, Arrays.stream(sizes).asDoubleStream().toArray(), false);
    int[] take = new int[sizes.length];
    int filled = 0;
    for (int v = 0; v < visit.length; v++) {
      take[visit[v]] = Math.min(sizes[visit[v]], (count - filled) / (visit.length - v));
      filled += take[visit[v]];
    }
    return take;
  }

  /** The seed of stratum b's draw: its members' first take in {@link Sampling#idHashOrder} of this seed. */
  public static long drawSeed(long seed, int b) {
    return Seeds.derive(seed, b);
  }
}
