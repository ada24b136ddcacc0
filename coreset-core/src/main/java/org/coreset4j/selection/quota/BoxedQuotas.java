package org.coreset4j.selection.quota;

import java.util.Arrays;

/**
 * The budget {@code total} spread over clusters as close as possible to target shares t_c, within
 * per-cluster bounds: the quadratic programme
 * minimise sum_c (x_c - t_c)^2 subject to sum_c x_c = total and lo_c <= x_c <= hi_c,
 * then integer quotas by largest remainder ({@link CappedQuotas#largestRemainder}).
 *
 * <p>Its solution is the Euclidean projection onto the box cut by the hyperplane: by the KKT
 * conditions x_c = clip(t_c + nu, lo_c, hi_c) for the one shift nu with sum_c x_c = total. The sum
 * g(nu) is continuous, nondecreasing and piecewise linear with breakpoints lo_c - t_c and
 * hi_c - t_c; nu is found on the segment where g crosses total, where g is linear with slope the
 * number of clusters strictly inside their bounds. O(K^2) for K clusters.
 *
 * @param shares the real solution x_c
 * @param quotas the integer quota of every cluster, summing to total
 * @param shift nu
 */
public record BoxedQuotas(double[] shares, long[] quotas, double shift) {
  /**
   * Solves the programme for targets t, lower bounds lo (real) and upper bounds hi (the cluster
   * sizes, integers).
   *
   * @throws IllegalArgumentException unless sum lo <= total <= sum hi and lo_c <= hi_c
   */
  public static BoxedQuotas allocate(double[] targets, double[] lower, long[] upper, long total) {
    int k = targets.length;
    double lowSum = 0;
    long highSum = 0;
    double[] breaks = new double[2 * k];
    for (int c = 0; c < k; c++) {
      if (!(lower[c] <= upper[c]) || !Double.isFinite(targets[c])) {
        throw new IllegalArgumentException("cluster " + c + ": bounds [" + lower[c] + ", " + upper[c]
            + "], target " + targets[c]);
      }
      lowSum += lower[c];
      highSum += upper[c];
      breaks[2 * c] = lower[c] - targets[c];
      breaks[2 * c + 1] = upper[c] - targets[c];
    }
    if (total < lowSum || total > highSum) {
      throw new IllegalArgumentException("cannot allocate " + total + " within bounds summing to [" + lowSum + ", "
          + highSum + "]");
    }
    Arrays.sort(breaks);
    double shift = breaks[0];
    for (int j = 1; j < breaks.length; j++) {
      if (sum(targets, lower, upper, breaks[j]) >= total) {
        double left = breaks[j - 1];
        int free = 0;
        for (int c = 0; c < k; c++) {
          free += lower[c] - targets[c] <= left && upper[c] - targets[c] >= breaks[j] && lower[c] < upper[c] ? 1 : 0;
        }
        shift = free == 0 ? breaks[j] : left + (total - sum(targets, lower, upper, left)) / free;
        break;
      }
    }
    double[] shares = new double[k];
    for (int c = 0; c < k; c++) {
      shares[c] = clip(targets[c] + shift, lower[c], upper[c]);
    }
    return new BoxedQuotas(shares, CappedQuotas.largestRemainder(shares, upper, total), shift);
  }

  private static double sum(double[] targets, double[] lower, long[] upper, double shift) {
    double s = 0;
    for (int c = 0; c < targets.length; c++) {
      s += clip(targets[c] + shift, lower[c], upper[c]);
    }
    return s;
  }

  private static double clip(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
