package org.coreset4j.selection.quota;

import org.coreset4j.util.Ranking;

/**
 * The budget {@code total} spread over clusters in proportion to weights, capped by the cluster
 * sizes, then rounded to integers that sum to {@code total} exactly.
 *
 * <p><b>Shares (water-filling).</b> Every cluster with a positive cap starts active. Each round
 * gives the budget R still unassigned (total minus the caps of the clusters already fixed) to the
 * active clusters in proportion to their weights, share_c = R w_c / sum_{active} w; every active
 * cluster whose share reaches its cap is fixed at its cap and leaves the active set; the rounds
 * stop when no cap binds. A cluster over its cap in one round is over it in every later round
 * (fixing clusters only raises R per unit weight), so this is the unique allocation share_c =
 * min(cap_c, lambda w_c) with sum_c share_c = total, reached in at most K rounds of O(K). Weights
 * are given as logarithms and each round uses exp(log w_c - max over the active clusters), so a
 * softmax redistributed over the clusters left never underflows to all zeros. With equal weights
 * the shares are min(cap_c, t) for the level t solving sum_c min(cap_c, t) = total, and every
 * uncapped cluster's share is the same float64 number R / |active|.
 *
 * <p><b>Quotas (largest remainder).</b> q_c = floor(share_c), then the total - sum_c q_c samples
 * left go one each to the clusters with the largest fractional parts share_c - floor(share_c),
 * ties to the lower cluster index, among those still below their cap. The quotas sum to {@code
 * total} exactly and never exceed the caps.
 *
 * @param shares the real share of every cluster (its cap when capped, 0 for a cap of 0)
 * @param quotas the integer quota of every cluster
 * @param level lambda of the final round (the share of an uncapped cluster of weight
 *     exp(max log-weight of the uncapped clusters)); NaN when every cluster is capped
 */
public record CappedQuotas(double[] shares, long[] quotas, double level) {
  /**
   * Allocates {@code total} over clusters of sizes {@code caps} in proportion to {@code
   * exp(logWeights)}. Clusters with cap 0 take nothing whatever their weight (which may then be
   * anything); the others need finite log-weights.
   *
   * @throws IllegalArgumentException when total is negative or above the sum of the caps
   */
  public static CappedQuotas allocate(double[] logWeights, long[] caps, long total) {
    int k = caps.length;
    if (logWeights.length != k) {
      throw new IllegalArgumentException(logWeights.length + " weights for " + k + " clusters");
    }
    long capSum = 0;
    boolean[] active = new boolean[k];
    for (int c = 0; c < k; c++) {
      if (caps[c] < 0) {
        throw new IllegalArgumentException("cluster " + c + " has negative size " + caps[c]);
      }
      capSum += caps[c];
      active[c] = caps[c] > 0;
      if (active[c] && !Double.isFinite(logWeights[c])) {
        throw new IllegalArgumentException("cluster " + c + " has log-weight " + logWeights[c]);
      }
    }
    if (total < 0 || total > capSum) {
      throw new IllegalArgumentException("cannot allocate " + total + " over clusters of " + capSum + " samples");
    }
    double[] shares = new double[k];
    double[] w = new double[k];
    long fixed = 0;
    double level = Double.NaN;
    boolean capped = true;
    while (capped) {
      capped = false;
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (active[c]) {
          max = Math.max(max, logWeights[c]);
        }
      }
      if (max == Double.NEGATIVE_INFINITY) {
        level = Double.NaN;
        break;
      }
      double sumW = 0;
      for (int c = 0; c < k; c++) {
        if (active[c]) {
          w[c] = Math.exp(logWeights[c] - max);
          sumW += w[c];
        }
      }
      long remaining = total - fixed;
      level = remaining / sumW;
      for (int c = 0; c < k; c++) {
        if (active[c]) {
          shares[c] = remaining * w[c] / sumW;
        }
      }
      for (int c = 0; c < k; c++) {
        if (active[c] && shares[c] >= caps[c]) {
          shares[c] = caps[c];
          active[c] = false;
          fixed += caps[c];
          capped = true;
        }
      }
    }
    return new CappedQuotas(shares, largestRemainder(shares, caps, total), level);
  }

  /**
   * Integer quotas summing to {@code total}: floors of {@code shares} (at most the caps), then one
   * more for the largest fractional parts, ties to the lower index, among clusters below their cap.
   *
   * @throws IllegalStateException when the shares are too far from {@code total} to round to it
   */
  public static long[] largestRemainder(double[] shares, long[] caps, long total) {
    int k = shares.length;
    long[] q = new long[k];
    double[] frac = new double[k];
    long sum = 0;
    int candidates = 0;
    int[] open = new int[k];
    for (int c = 0; c < k; c++) {
      double f = Math.floor(shares[c]);
      q[c] = Math.min(caps[c], Math.max(0, (long) f));
      frac[c] = shares[c] - f;
      sum += q[c];
      if (q[c] < caps[c]) {
        open[candidates++] = c;
      }
    }
    long deficit = total - sum;
    if (deficit < 0 || deficit > candidates) {
      throw new IllegalStateException("shares summing to about " + sum + " cannot round to " + total);
    }
    int[] order = Ranking.numericSorted(java.util.Arrays.copyOf(open, candidates), frac, true);
    for (int i = 0; i < deficit; i++) {
      q[order[i]]++;
    }
    return q;
  }
}
