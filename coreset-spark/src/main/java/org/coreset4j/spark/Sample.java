package org.coreset4j.spark;

import java.io.Serializable;

/**
 * One row of the fused feature matrix: the sample's id, its float32 features and, for methods that
 * compare modalities ({@code --pair A,B}), the normalised vectors of those modalities in the
 * pair's order ({@code modalities}, else null).
 */
public record Sample(long id, float[] x, float[][] modalities) implements Serializable {
  public Sample(long id, float[] x) {
    this(id, x, null);
  }
}
