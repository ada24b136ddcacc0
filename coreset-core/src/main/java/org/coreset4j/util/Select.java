package org.coreset4j.util;

/** Order statistics without sorting. */
public final class Select {
  private Select() {}

  /**
   * The k entries of {@code positions} with the largest {@code values} (ties to the earlier entry),
   * in ascending order; all of them when there are at most k. Positions must be ascending.
   */
  public static int[] topPositions(double[] values, int[] positions, int k) {
    int count = positions.length;
    if (k >= count) {
      return positions;
    }
    double threshold = kthLargest(values.clone(), k);
    int[] out = new int[k];
    int c = 0;
    for (int i = 0; i < count; i++) {
      if (values[i] > threshold) {
        out[c++] = positions[i];
      }
    }
    for (int i = 0; i < count && c < k; i++) {
      if (values[i] == threshold) {
        out[c++] = positions[i];
      }
    }
    java.util.Arrays.sort(out);
    return out;
  }

  /** The k-th largest value (k = 1 is the maximum) of {@code values}, which is reordered. */
  public static double kthLargest(double[] values, int k) {
    int lo = 0;
    int hi = values.length - 1;
    int target = values.length - k;
    while (lo < hi) {
      double pivot = median3(values[lo], values[(lo + hi) >>> 1], values[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (values[i] < pivot) i++;
        while (values[j] > pivot) j--;
        if (i <= j) {
          double t = values[i];
          values[i++] = values[j];
          values[j--] = t;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return values[target];
      }
    }
    return values[target];
  }

  private static double median3(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
