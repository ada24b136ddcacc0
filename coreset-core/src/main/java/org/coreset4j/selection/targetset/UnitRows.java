package org.coreset4j.selection.targetset;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.InvalidInputException;

/**
 * Rows of a float32 matrix divided by their l2 norm, in float64, as both NormSim and VAS use them.
 * A row of zeros has no direction: an error naming the matrix and the row.
 */
final class UnitRows {
  private final FloatMatrix x;
  private final String what;

  /**
   * @param what how errors name the matrix, for example "--target" or "the features"
   */
  UnitRows(FloatMatrix x, String what) {
    this.x = x;
    this.what = what;
  }

  int rows() {
    return x.rows();
  }

  int cols() {
    return x.cols();
  }

  /**
   * Rows [from, to) as unit vectors into native {@code out} (float64, row-major, {@link #cols()} per
   * row), as BLAS reads them.
   */
  void read(int from, int to, MemorySegment out) {
    int d = x.cols();
    float[] row = new float[d];
    double[] unit = new double[d];
    for (int i = from; i < to; i++) {
      x.copyRow(i, row);
      double ss = 0;
      for (int j = 0; j < d; j++) {
        ss += (double) row[j] * row[j];
      }
      if (!(ss > 0)) {
        throw new InvalidInputException(what + ": row " + i + " is all zeros; rows are l2-normalised, so it needs"
            + " a direction");
      }
      double norm = Math.sqrt(ss);
      for (int j = 0; j < d; j++) {
        unit[j] = row[j] / norm;
      }
      MemorySegment.copy(unit, 0, out, JAVA_DOUBLE, (long) (i - from) * d * Double.BYTES, d);
    }
  }

  /** Rows [from, to) as unit vectors in a new native block of {@code arena}. */
  MemorySegment block(int from, int to, Arena arena) {
    MemorySegment out = arena.allocate(JAVA_DOUBLE, Math.max(1, (long) (to - from) * x.cols()));
    read(from, to, out);
    return out;
  }
}
