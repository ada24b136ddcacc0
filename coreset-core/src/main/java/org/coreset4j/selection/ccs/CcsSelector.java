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
 * left)) uniformly at random (seeded per stratum) from each, m being the budget still left: the
 * budget is spread evenly and what small strata cannot use passes on to larger ones.
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

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    int count = budget.count(n);
    double[] score = Scores.require(context, n, name());
    int dropped = (int) Math.floor(params.beta() * n);
    if (n - dropped < count) {
      throw new InvalidInputException("--beta " + params.beta() + " drops " + dropped + " of " + n
          + " samples, leaving fewer than the " + count + " to select; lower --beta");
    }
    int[] kept = Arrays.copyOfRange(Ranking.numericOrder(score, true), dropped, n);
    Arrays.sort(kept);
    int[] stratum = strata(score, kept, params.strata());
    ClusterMembers byStratum = ClusterMembers.of(stratum, params.strata());
    int[] nonEmpty = IntStream.range(0, params.strata()).filter(b -> byStratum.size(b) > 0).toArray();
    double[] sizes = IntStream.range(0, params.strata()).mapToDouble(byStratum::size).toArray();
    int[] visit = Ranking.numericSorted(nonEmpty, sizes, false);
    int[] picked = new int[count];
    int filled = 0;
    for (int v = 0; v < visit.length; v++) {
      int[] members = Arrays.stream(byStratum.rows(visit[v])).map(p -> kept[p]).toArray();
      int take = Math.min(members.length, (count - filled) / (visit.length - v));
      int[] draw = Sampling.withoutReplacement(members, take, Seeds.derive(context.seed(), visit[v]));
      System.arraycopy(draw, 0, picked, filled, take);
      filled += take;
    }
    return Selection.of(picked);
  }

  /** The stratum of each kept sample: floor(strata (s - min) / (max - min)), the maximum in the last. */
  static int[] strata(double[] score, int[] kept, int strata) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i : kept) {
      lo = Math.min(lo, score[i]);
      hi = Math.max(hi, score[i]);
    }
    int[] out = new int[kept.length];
    for (int p = 0; p < kept.length; p++) {
      double u = hi > lo ? (score[kept[p]] - lo) / (hi - lo) : 0.0;
      out[p] = Math.min(strata - 1, (int) Math.floor(u * strata));
    }
    return out;
  }
}
