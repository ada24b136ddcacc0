package org.coreset4j.selection.coincide;

import java.util.stream.IntStream;
import org.coreset4j.util.Ranking;

/**
 * COINCIDE step 4: visit the non-empty clusters by descending score s (ties to the lower cluster);
 * at the cluster of position k, p = exp(s_k / tau) / sum over clusters not yet visited of
 * exp(s_j / tau) (computed relative to s_k so that large s / tau cannot overflow),
 * n_k = round-half-even(R p), take the whole cluster when n_k >= its size, else n_k samples, and
 * subtract what was taken from R. Small clusters thus spill their share onto later ones.
 *
 * @param visitOrder the non-empty clusters in visiting order
 * @param taken samples taken from every cluster
 */
public record TemperatureAllocation(int[] visitOrder, long[] taken) {
  static TemperatureAllocation allocate(double[] scores, int[] sizes, int budget, double tau) {
    int[] nonEmpty = IntStream.range(0, sizes.length).filter(c -> sizes[c] > 0).toArray();
    int[] order = Ranking.numericSorted(nonEmpty, scores, true);
    int v = order.length;
    // relative[k] = sum over j >= k of exp((s_j - s_k) / tau), so p_k = 1 / relative[k]; every
    // factor is at most 1 (descending s), and equal scores give exact counts
    double[] relative = new double[v];
    for (int k = v - 1; k >= 0; k--) {
      relative[k] = k == v - 1 ? 1.0
          : 1.0 + relative[k + 1] * Math.exp((scores[order[k + 1]] - scores[order[k]]) / tau);
    }
    long[] taken = new long[sizes.length];
    long remaining = budget;
    for (int k = 0; k < v; k++) {
      int c = order[k];
      double p = 1.0 / relative[k];
      long want = (long) Math.rint(remaining * p);
      taken[c] = Math.min(want, sizes[c]);
      remaining -= taken[c];
    }
    return new TemperatureAllocation(order, taken);
  }
}
