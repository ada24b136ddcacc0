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

  /** A well-mixed seed for stream {@code stream} of {@code seed} (the SplitMix64 finaliser). */
  public static long mix(long seed, long stream) {
    long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
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

  /** A seed for stream {@code stream} (for example one per cluster) derived from {@code seed}. */
  public static long derive(long seed, long stream) {
    return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (stream + 1))).nextLong();
  }
}
