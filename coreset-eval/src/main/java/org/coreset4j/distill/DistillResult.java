package org.coreset4j.distill;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.nn.StudentParams;

/**
 * Distilled pairs: {@code image} and {@code text} (M rows each, in the inputs' space), the learned
 * student step size (NaN for statistics matching), for each synthetic row the {@link #NEAREST}
 * nearest real rows of its modality (row-major M x NEAREST), the real rows the pairs started from,
 * the matching loss of every iteration, and the protocol the set is made for: the student's
 * training ({@link StudentParams}: the learned step size and temperature for trajectory matching,
 * the expert step and the temperature otherwise) in the space of the two standardisers (the
 * columns of all N input pairs).
 */
public record DistillResult(FloatMatrix image, FloatMatrix text, double stepSize, long[] nearestImage,
    long[] nearestText, int[] initialRows, double[] loss, StudentParams student, Standardizer imageScale,
    Standardizer textScale) {
  public static final int NEAREST = 5;

  /** The nearest real rows of one modality as an int64 (M, 5) array. */
  public static NdArray nearestArray(long[] nearest) {
    return new NdArray(nearest, new long[] {nearest.length / NEAREST, NEAREST});
  }
}
