package org.coreset4j.util;

/**
 * Seeds of separate random streams derived from one seed. The four functions differ, and every
 * caller keeps the one it was written with, so each stream stays as it was:
 * <ul>
 *   <li>{@link #mix}: DQ's draws per bin, Spark's random order, k-means seeding and two-round
 *       partitions, and, keyed by a {@link #derive}d seed, balance's per-sample uniforms and
 *       negclip's batch order (there the value is a hash of the sample index that orders rows);
 *   <li>{@link #derive}: the per-cluster draws of coincide, semdedup, ccs and dbp, the seeds of
 *       balance's uniforms (stream {@code 0x6261}) and of negclip's repetitions, distillation's
 *       streams, and the corruption plan and concept ranking of noisy scenes;
 *   <li>{@link #scene}: one stream per generated scene;
 *   <li>{@link #linear}: evaluation's random subsets and the Spark benchmark's rows; it does not
 *       mix, so it only seeds a {@link java.util.SplittableRandom}, which mixes its seed itself.
 * </ul>
 */
public final class Seeds {
  /** 2^64 / golden ratio, odd: SplitMix64's increment. */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** SplitMix64's finaliser of {@code seed + GOLDEN * (stream + 1)}. */
  public static long mix(long seed, long stream) {
    return splitMix64(seed + GOLDEN * (stream + 1));
  }

  /** The first value of {@code new SplittableRandom(seed ^ GOLDEN * (stream + 1))}. */
  public static long derive(long seed, long stream) {
    return splitMix64((seed ^ GOLDEN * (stream + 1)) + GOLDEN);
  }

  /** Two rounds of MurmurHash3's 64-bit finaliser: fmix64(seed ^ fmix64(index + GOLDEN)). */
  public static long scene(long seed, long index) {
    return fmix64(seed ^ fmix64(index + GOLDEN));
  }

  /** {@code seed * GOLDEN + stream}, unmixed. */
  public static long linear(long seed, long stream) {
    return seed * GOLDEN + stream;
  }

  private static long splitMix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long fmix64(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
