package org.coreset4j.reduction;

import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;

/**
 * Fixes the sign of each principal component deterministically: the entry of largest absolute
 * value (the first one on ties) is made positive.
 */
final class ComponentSigns {
  private ComponentSigns() {}

  /** Flips columns of the row-major {@code rows x cols} matrix {@code v} in place. */
  static void fix(MemorySegment v, int rows, int cols) {
    boolean[] flip = negative(v, rows, cols);
    for (int j = 0; j < cols; j++) {
      if (flip[j]) {
        for (int i = 0; i < rows; i++) {
          long at = (long) i * cols + j;
          v.setAtIndex(FloatMatrix.F32, at, -v.getAtIndex(FloatMatrix.F32, at));
        }
      }
    }
  }

  /** For each column of the row-major {@code rows x cols} matrix {@code v}: whether to flip it. */
  static boolean[] negative(MemorySegment v, int rows, int cols) {
    boolean[] flip = new boolean[cols];
    for (int j = 0; j < cols; j++) {
      float best = 0f;
      for (int i = 0; i < rows; i++) {
        float e = v.getAtIndex(FloatMatrix.F32, (long) i * cols + j);
        if (Math.abs(e) > Math.abs(best)) {
          best = e;
        }
      }
      flip[j] = best < 0;
    }
    return flip;
  }
}
