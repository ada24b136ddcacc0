package org.coreset4j.util;

import java.util.Arrays;

/**
 * Stable orders of indices by a float64 key, ties to the lower index (or, for {@link
 * #numericSorted}, to the earlier row), by one bottom-up merge sort without boxing. Two comparisons
 * are in use; they differ only on signed zeros and NaN, so each caller keeps its own:
 * <ul>
 *   <li>{@link #ascending}, {@link #descending} and {@link #top} compare as {@link Double#compare}
 *       does (-0.0 below 0.0, NaN above everything): score files ({@code score}, {@code clipscore},
 *       {@code forgetting}) and k-means' reseeding of empty clusters.
 *   <li>{@link #numericOrder} and {@link #numericSorted} compare with {@code <} and {@code >}
 *       (-0.0 ties 0.0; NaN is never before another key, so where it ends depends on the merges):
 *       cluster visits and in-cluster orders of {@code coincide}, {@code semdedup},
 *       {@code selfsup}, {@code ccs}, {@code balance} and {@code dbp}, and the largest-remainder
 *       rounding of {@code selection.quota}.
 * </ul>
 */
public final class Ranking {
  private Ranking() {}

  /** Indices by ascending key in {@link Double#compare}'s order, ties by ascending index. */
  public static int[] ascending(double[] key) {
    return mergeSort(identity(key.length), key, false, true);
  }

  /** Indices by descending key in {@link Double#compare}'s order, ties by ascending index. */
  public static int[] descending(double[] key) {
    return mergeSort(identity(key.length), key, true, true);
  }

  /** The {@code k} largest keys, largest first, ties to the lower index. */
  public static int[] top(double[] key, int k) {
    return Arrays.copyOf(descending(key), k);
  }

  /** The indices 0..n-1 ordered numerically by {@code key}; equal keys keep index order. */
  public static int[] numericOrder(double[] key, boolean descending) {
    return mergeSort(identity(key.length), key, descending, false);
  }

  /** {@code rows} reordered numerically by {@code key[row]}; equal keys keep their order. */
  public static int[] numericSorted(int[] rows, double[] key, boolean descending) {
    return mergeSort(rows.clone(), key, descending, false);
  }

  private static int[] identity(int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    return idx;
  }

  private static int[] mergeSort(int[] a, double[] key, boolean descending, boolean total) {
    int[] buf = new int[a.length];
    for (int width = 1; width < a.length; width *= 2) {
      for (int lo = 0; lo < a.length - width; lo += 2 * width) {
        merge(a, buf, lo, lo + width, Math.min(a.length, lo + 2 * width), key, descending, total);
      }
    }
    return a;
  }

  private static void merge(int[] a, int[] buf, int lo, int mid, int hi, double[] key, boolean descending,
      boolean total) {
    System.arraycopy(a, lo, buf, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      boolean takeRight = i >= mid || (j < hi && before(key[buf[j]], key[buf[i]], descending, total));
      a[k] = takeRight ? buf[j++] : buf[i++];
    }
  }

  /** Whether key {@code a} goes strictly before key {@code b}. */
  private static boolean before(double a, double b, boolean descending, boolean total) {
    int c = total ? Double.compare(a, b) : a < b ? -1 : a > b ? 1 : 0;
    return descending ? c > 0 : c < 0;
  }
}
