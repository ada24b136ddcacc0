package org.coreset4j.distill;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;

/**
 * Distilled pairs: {@code image} and {@code text} (M rows each, in the inputs' space), the learned
 * student step size, for each synthetic row the {@link #NEAREST} nearest real rows of its modality
 * (row-major M x NEAREST), the real rows the pairs started from, and the matching loss of every
 * iteration.
 */
public record DistillResult(FloatMatrix image, FloatMatrix text, double stepSize, long[] nearestImage,
    long[] nearestText, int[] initialRows, double[] loss) {
  public static final int NEAREST = 5;

  /** The nearest real rows of one modality as an int64 (M, 5) array. */
  public static NdArray nearestArray(long[] nearest) {
    return new NdArray(nearest, new long[] {nearest.length / NEAREST, NEAREST});
  }
}
