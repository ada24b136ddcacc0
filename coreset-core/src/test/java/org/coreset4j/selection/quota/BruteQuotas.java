package org.coreset4j.selection.quota;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Plain float64 reference allocations for the cluster-quota methods' tests. */
public final class BruteQuotas {
  private BruteQuotas() {}

  /**
   * Shares min(cap_c, t) with t solving sum_c min(cap_c, t) = total, found on the sorted sizes:
   * the smallest clusters are taken whole while the even split of what is left exceeds them.
   */
  public static double[] equalShares(long[] caps, long total) {
    int k = caps.length;
    List<Integer> open = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      if (caps[c] > 0) open.add(c);
    }
    open.sort(Comparator.comparingLong((Integer c) -> caps[c]).thenComparingInt(c -> c));
    double[] share = new double[k];
    long left = total;
    int i = 0;
    while (i < open.size()) {
      int m = open.size() - i;
      double t = (double) left / m;
      if (caps[open.get(i)] > t) {
        for (int j = i; j < open.size(); j++) share[open.get(j)] = t;
        return share;
      }
      // every cluster of this size is taken whole
      share[open.get(i)] = caps[open.get(i)];
      left -= caps[open.get(i)];
      i++;
    }
    return share;
  }

  /** Shares min(cap_c, lambda w_c) summing to total, lambda by bisection; w = exp(logW - max). */
  public static double[] weightedShares(double[] logW, long[] caps, long total) {
    int k = caps.length;
    double max = Double.NEGATIVE_INFINITY;
    long sumCaps = 0;
    for (int c = 0; c < k; c++) {
      if (caps[c] > 0) max = Math.max(max, logW[c]);
      sumCaps += caps[c];
    }
    double[] w = new double[k];
    for (int c = 0; c < k; c++) w[c] = caps[c] > 0 ? Math.exp(logW[c] - max) : 0;
    double[] share = new double[k];
    if (total == sumCaps) {
      for (int c = 0; c < k; c++) share[c] = caps[c];
      return share;
    }
    double lo = 0, hi = 1;
    while (sum(caps, w, hi) < total) hi *= 2;
    for (int it = 0; it < 2000 && lo < hi; it++) {
      double mid = (lo + hi) / 2;
      if (mid == lo || mid == hi) break;
      if (sum(caps, w, mid) < total) lo = mid; else hi = mid;
    }
    for (int c = 0; c < k; c++) share[c] = Math.min(caps[c], hi * w[c]);
    return share;
  }

  /**
   * The x closest to t with sum x = total and lo <= x <= hi, as clip(t + nu, lo, hi) with nu by
   * plain bisection on the sum.
   */
  public static double[] projectedShares(double[] t, double[] lo, long[] hi, long total) {
    double a = -1e18, b = 1e18;
    for (int it = 0; it < 5000; it++) {
      double mid = (a + b) / 2;
      if (mid == a || mid == b) break;
      double s = 0;
      for (int c = 0; c < t.length; c++) s += Math.max(lo[c], Math.min(hi[c], t[c] + mid));
      if (s < total) a = mid; else b = mid;
    }
    double[] x = new double[t.length];
    for (int c = 0; c < t.length; c++) x[c] = Math.max(lo[c], Math.min(hi[c], t[c] + b));
    return x;
  }

  private static double sum(long[] caps, double[] w, double lambda) {
    double s = 0;
    for (int c = 0; c < caps.length; c++) s += Math.min(caps[c], lambda * w[c]);
    return s;
  }

  /** Floors, then +1 for the largest fractional parts (ties: lower cluster) among clusters below cap. */
  public static long[] roundLargestRemainder(double[] share, long[] caps, long total) {
    int k = share.length;
    long[] q = new long[k];
    long sum = 0;
    List<Integer> open = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      q[c] = Math.min(caps[c], (long) Math.floor(share[c]));
      sum += q[c];
      if (q[c] < caps[c]) open.add(c);
    }
    open.sort(Comparator.comparingDouble((Integer c) -> -(share[c] - Math.floor(share[c]))).thenComparingInt(c -> c));
    for (int i = 0; i < total - sum; i++) q[open.get(i)]++;
    return q;
  }
}
