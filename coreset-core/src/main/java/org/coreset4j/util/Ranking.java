package org.coreset4j.util;

import java.util.Arrays;
import java.util.Comparator;

/** Orderings of per-sample keys with ties always broken by ascending sample index. */
public final class Ranking {
  private Ranking() {}

  /** Indices sorted by ascending key, ties by ascending index (a stable sort). */
  public static int[] ascending(double[] key) {
    return sorted(key, Comparator.comparingDouble(i -> key[i]));
  }

  /** Indices sorted by descending key, ties by ascending index. */
  public static int[] descending(double[] key) {
    return sorted(key, Comparator.<Integer>comparingDouble(i -> key[i]).reversed());
  }

  /** The {@code k} largest keys, largest first, ties to the lower index. */
  public static int[] top(double[] key, int k) {
    return Arrays.copyOf(descending(key), k);
  }

  private static int[] sorted(double[] key, Comparator<Integer> byKey) {
    Integer[] idx = new Integer[key.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, byKey.thenComparingInt(i -> i));
    return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
  }
}
