package org.coreset4j.spark;

import java.io.Serializable;

/**
 * One row of the fused feature matrix: the sample's key (its int64 id, or the key of its string
 * id), its float32 features and the per-sample side inputs the method reads: the normalised vectors
 * of the {@code --pair} modalities in the pair's order ({@code modalities}, else null), the
 * {@code --scores} value ({@code score}, NaN without one) and the {@code --events} row ({@code events},
 * else null).
 */
public record Sample(long id, float[] x, float[][] modalities, double score, byte[] events) implements Serializable {
  public Sample(long id, float[] x) {
    this(id, x, null, Double.NaN, null);
  }
}
