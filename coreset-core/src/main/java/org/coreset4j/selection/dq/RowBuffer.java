package org.coreset4j.selection.dq;

import java.lang.foreign.Arena;
import org.coreset4j.data.FloatMatrix;

/**
 * A native float32 block of rows that grows on demand, so it holds as many rows as the largest
 * active set really needed. Growing frees the old block, whose views must not be used after.
 */
final class RowBuffer implements AutoCloseable {
  private final int cols;
  private Arena arena;
  private FloatMatrix block;

  RowBuffer(int cols) {
    this.cols = cols;
  }

  /** A view of the first {@code rows} rows, valid until a call that needs more rows than ever before. */
  FloatMatrix rows(int rows) {
    if (block == null || block.rows() < rows) {
      Arena next = Arena.ofShared();
      FloatMatrix grown = FloatMatrix.allocateNative(next, rows + rows / 4, cols);
      close();
      arena = next;
      block = grown;
    }
    return new FloatMatrix(block.segment().asSlice(0, block.rowOffset(rows)), rows, cols);
  }

  @Override
  public void close() {
    if (arena != null) {
      arena.close();
    }
  }
}
