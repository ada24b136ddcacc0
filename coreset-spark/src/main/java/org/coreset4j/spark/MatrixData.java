package org.coreset4j.spark;

import java.io.Serializable;
import org.coreset4j.data.FloatMatrix;

/** A float32 matrix as it travels to executors (in a broadcast): row-major values and the shape. */
public record MatrixData(float[] values, int rows, int cols) implements Serializable {
  public static MatrixData of(FloatMatrix m) {
    return new MatrixData(m.toArray(), m.rows(), m.cols());
  }

  public FloatMatrix matrix() {
    return FloatMatrix.of(values, rows, cols);
  }
}
