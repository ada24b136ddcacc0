package org.coreset4j.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.coreset4j.util.ColumnSums;
import org.coreset4j.util.Parallel;

/**
 * A dense row-major float32 matrix backed by a {@link MemorySegment}: a heap array, native memory
 * or a memory-mapped file. Rows are addressed by byte offset so matrices beyond 2^31 elements work.
 */
public final class FloatMatrix {
  public static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED;

  private final MemorySegment data;
  private final int rows;
  private final int cols;

  public FloatMatrix(MemorySegment data, int rows, int cols) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("negative shape " + rows + " x " + cols);
    }
    if (data.byteSize() < (long) rows * cols * Float.BYTES) {
      throw new IllegalArgumentException(
          "segment of " + data.byteSize() + " bytes is too small for " + rows + " x " + cols);
    }
    this.data = data;
    this.rows = rows;
    this.cols = cols;
  }

  /** Wraps a row-major array without copying. */
  public static FloatMatrix of(float[] values, int rows, int cols) {
    return new FloatMatrix(MemorySegment.ofArray(values), rows, cols);
  }

  /** Copies a jagged array (all rows of equal length). */
  public static FloatMatrix of(float[][] values) {
    int cols = values.length == 0 ? 0 : values[0].length;
    float[] flat = new float[values.length * cols];
    for (int i = 0; i < values.length; i++) {
      System.arraycopy(values[i], 0, flat, i * cols, cols);
    }
    return of(flat, values.length, cols);
  }

  /**
   * A zero matrix: on the heap when it fits in one array and in a third of the maximum heap, else
   * in a memory-mapped temporary file (deleted at once, so only the mapping keeps it), which the
   * operating system can page out: matrices larger than RAM stay usable.
   */
  public static FloatMatrix allocate(int rows, int cols) {
    long n = (long) rows * cols;
    if (n <= Integer.MAX_VALUE - 8 && n * Float.BYTES <= Runtime.getRuntime().maxMemory() / 3) {
      return of(new float[(int) n], rows, cols);
    }
    return new FloatMatrix(mappedScratch(n * Float.BYTES), rows, cols);
  }

  /** A zero matrix in native memory (never on the heap), for operands handed to BLAS. */
  public static FloatMatrix allocateNative(int rows, int cols) {
    long bytes = (long) rows * cols * Float.BYTES;
    if (bytes > Runtime.getRuntime().maxMemory()) {
      return new FloatMatrix(mappedScratch(bytes), rows, cols);
    }
    return new FloatMatrix(Arena.ofAuto().allocate(Math.max(bytes, Float.BYTES), 64), rows, cols);
  }

  /** A zero matrix in {@code arena}'s native memory, freed when the arena closes. */
  public static FloatMatrix allocateNative(Arena arena, int rows, int cols) {
    long bytes = (long) rows * cols * Float.BYTES;
    return new FloatMatrix(arena.allocate(Math.max(bytes, Float.BYTES), 64), rows, cols);
  }

  private static MemorySegment mappedScratch(long bytes) {
    try {
      Path dir = Path.of(System.getProperty("coreset4j.tmpdir", System.getProperty("java.io.tmpdir")));
      Path file = Files.createTempFile(dir, "coreset4j-", ".f32");
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        ch.truncate(0);
        ch.write(java.nio.ByteBuffer.wrap(new byte[1]), Math.max(0, bytes - 1));
        return ch.map(FileChannel.MapMode.READ_WRITE, 0, bytes, Arena.ofAuto());
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch file of " + bytes + " bytes", e);
    }
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public MemorySegment segment() {
    return data;
  }

  /** Byte offset of the first element of row {@code r}. */
  public long rowOffset(int r) {
    return (long) r * cols * Float.BYTES;
  }

  public float get(int r, int c) {
    return data.getAtIndex(F32, (long) r * cols + c);
  }

  public void set(int r, int c, float v) {
    data.setAtIndex(F32, (long) r * cols + c, v);
  }

  public float[] row(int r) {
    float[] out = new float[cols];
    copyRow(r, out);
    return out;
  }

  public void copyRow(int r, float[] dst) {
    MemorySegment.copy(data, F32, rowOffset(r), dst, 0, cols);
  }

  public void setRow(int r, float[] src) {
    MemorySegment.copy(src, 0, data, F32, rowOffset(r), cols);
  }

  /**
   * The column means in float64: rows summed in fixed chunks of {@code chunk} rows added in chunk
   * order ({@link ColumnSums}), so the means do not depend on the thread count.
   */
  public double[] columnMeans(int chunk, Parallel parallel) {
    return ColumnSums.divide(ColumnSums.of(rows, cols, chunk, parallel, (s, from, to) -> {
      float[] row = new float[cols];
      for (int i = from; i < to; i++) {
        copyRow(i, row);
        ColumnSums.add(row, null, s);
      }
    }), rows);
  }

  /** A copy of the rows at the given indices, in that order. */
  public FloatMatrix gather(int[] indices) {
    return gatherInto(indices, allocate(indices.length, cols));
  }

  /** Copies the rows at the given indices into the first rows of {@code out}; returns it. */
  public FloatMatrix gatherInto(int[] indices, FloatMatrix out) {
    long bytes = (long) cols * Float.BYTES;
    for (int i = 0; i < indices.length; i++) {
      MemorySegment.copy(data, rowOffset(indices[i]), out.data, out.rowOffset(i), bytes);
    }
    return out;
  }

  /** The whole matrix as a fresh array (only for matrices below 2^31 elements). */
  public float[] toArray() {
    return data.asSlice(0, (long) rows * cols * Float.BYTES).toArray(F32);
  }

  public double[][] toDoubleRows() {
    double[][] out = new double[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        out[r][c] = get(r, c);
      }
    }
    return out;
  }
}
