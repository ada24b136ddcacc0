package org.coreset4j.util;

/** Orders of indices by a float64 key, ties to the lower index, without boxing (a stable merge sort). */
public final class IndexSort {
  private IndexSort() {}

  /** The indices 0..n-1 ordered by {@code key}, ascending or descending; equal keys keep index order. */
  public static int[] order(double[] key, boolean descending) {
    int[] idx = new int[key.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    return sorted(idx, key, descending);
  }

  /** {@code rows} (ascending) reordered by {@code key[row]}; equal keys keep their order. */
  public static int[] sorted(int[] rows, double[] key, boolean descending) {
    int[] a = rows.clone();
    int[] buf = new int[a.length];
    for (int width = 1; width < a.length; width *= 2) {
      for (int lo = 0; lo < a.length - width; lo += 2 * width) {
        merge(a, buf, lo, lo + width, Math.min(a.length, lo + 2 * width), key, descending);
      }
    }
    return a;
  }

  private static void merge(int[] a, int[] buf, int lo, int mid, int hi, double[] key, boolean descending) {
    System.arraycopy(a, lo, buf, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      boolean takeRight = i >= mid
          || (j < hi && (descending ? key[buf[j]] > key[buf[i]] : key[buf[j]] < key[buf[i]]));
      a[k] = takeRight ? buf[j++] : buf[i++];
    }
  }
}
