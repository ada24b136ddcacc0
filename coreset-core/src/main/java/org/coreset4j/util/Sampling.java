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

  /**
   * The id-hash order of sample ids: by Seeds.mix(seed, id) as signed 64-bit numbers, ties to the
   * smaller id. Its first k are a uniform sample without replacement that depends only on the seed
   * and the ids, never on their order or on how they are partitioned; Spark's random uses the same.
   */
  public static java.util.Comparator<Long> idHashOrder(long seed) {
    return (java.util.Comparator<Long> & java.io.Serializable) (a, b) -> {
      int c = Long.compare(Seeds.mix(seed, a), Seeds.mix(seed, b));
      return c != 0 ? c : Long.compare(a, b);
    };
  }

  /**
   * The positions of the {@code k} samples first in {@link #idHashOrder} of their ids (ids[i] of
   * position i, or i itself when ids is null), ascending.
   */
  public static int[] byIdHash(int n, long[] ids, int k, long seed) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("cannot draw " + k + " of " + n);
    }
    long[] hash = new long[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      hash[i] = Seeds.mix(seed, ids == null ? i : ids[i]);
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = Long.compare(hash[a], hash[b]);
      return c != 0 ? c : Long.compare(ids == null ? a : ids[a], ids == null ? b : ids[b]);
    });
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = order[i];
    }
    java.util.Arrays.sort(out);
    return out;
  }
}
