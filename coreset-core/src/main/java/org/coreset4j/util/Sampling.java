package org.coreset4j.util;

import java.util.SplittableRandom;

/** Seeded sampling helpers whose output depends only on the seed and the arguments. */
public final class Sampling {
  private Sampling() {}

  /**
   * {@code k} distinct values of [0, n) drawn uniformly without replacement (a partial
   * Fisher-Yates shuffle), in draw order.
   */
  public static int[] withoutReplacement(int n, int k, long seed) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("cannot draw " + k + " of " + n);
    }
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < k; i++) {
      int j = i + rng.nextInt(n - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return java.util.Arrays.copyOf(perm, k);
  }

  /** {@code k} distinct elements of {@code from}, drawn uniformly without replacement. */
  public static int[] withoutReplacement(int[] from, int k, long seed) {
    int[] pos = withoutReplacement(from.length, k, seed);
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = from[pos[i]];
    }
    return out;
  }
}
