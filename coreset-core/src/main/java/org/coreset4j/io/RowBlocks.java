package org.coreset4j.io;

/** Streams rows of a tensor through a reused float buffer in blocks of about a million values. */
final class RowBlocks {
  /** Values per block; a row longer than this is read one row at a time. */
  static final int BLOCK_VALUES = 1 << 20;

  /** Receives rows [from, from + count), row-major in {@code values}. */
  @FunctionalInterface
  interface Body {
    void accept(int from, int count, float[] values);
  }

  private RowBlocks() {}

  /** Rows per block for rows of {@code rowLength} values. */
  static int rowsPerBlock(int rowLength) {
    return Math.max(1, BLOCK_VALUES / Math.max(1, rowLength));
  }

  /** Calls {@code body} on consecutive blocks covering rows [from, to). */
  static void forEach(Tensor t, int from, int to, Body body) {
    int length = t.rowLength();
    int step = rowsPerBlock(length);
    float[] buffer = new float[Math.min(step, Math.max(0, to - from)) * length];
    for (int r = from; r < to; r += step) {
      int count = Math.min(step, to - r);
      t.readRows(r, count, buffer);
      body.accept(r, count, buffer);
    }
  }
}
