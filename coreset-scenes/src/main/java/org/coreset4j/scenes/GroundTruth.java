package org.coreset4j.scenes;

/**
 * What {@link SceneGenerator} did to each scene of a noisy set: the {@link CorruptionKind#code()}
 * of scene i in {@code kinds[i]}, and in {@code sources[i]} the clean scene it copies from (the
 * caption of a misaligned scene, the original of a near or exact duplicate), else -1. Selection
 * never reads it; it is there to measure what a method keeps. Arrays are not copied; do not modify.
 *
 * @param corruption the requested corruption
 * @param kinds kind code per scene
 * @param sources source scene per scene, or -1
 * @param conceptProbabilities with a long tail, the probability of each (shape, colour)
 *     combination, indexed by shape ordinal * 8 + colour ordinal; null when uniform
 */
public record GroundTruth(Corruption corruption, int[] kinds, int[] sources, double[] conceptProbabilities) {

  public GroundTruth {
    if (kinds.length != sources.length) {
      throw new IllegalArgumentException("kinds and sources differ in length");
    }
  }

  /** The number of scenes of each kind, indexed by {@link CorruptionKind#ordinal()}. */
  public int[] counts() {
    int[] counts = new int[CorruptionKind.values().length];
    for (int k : kinds) {
      counts[CorruptionKind.of(k).ordinal()]++;
    }
    return counts;
  }

  /** The kind of scene i. */
  public CorruptionKind kind(int i) {
    return CorruptionKind.of(kinds[i]);
  }
}
