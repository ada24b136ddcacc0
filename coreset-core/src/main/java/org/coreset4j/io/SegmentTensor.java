package org.coreset4j.io;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A tensor whose elements lie contiguously, C order, in a memory segment: a mapped file region or
 * an off-heap buffer. The segment's arena is shared, so several threads may read rows at once, and
 * is closed with the tensor. Public so that format modules (such as coreset-parquet) can decode
 * into an off-heap buffer and hand it out as a tensor.
 */
public abstract class SegmentTensor implements Tensor {
  private final Path path;
  private final String key;
  private final DType dtype;
  private final DType stored;
  private final long[] shape;
  private final MemorySegment data;
  private final long fileSize;
  private final Arena arena;
  private final int rowLength;

  /**
   * @param dtype the element type reported to callers (the file's type)
   * @param stored the element type actually held in {@code data}
   */
  protected SegmentTensor(Path path, String key, DType dtype, DType stored, long[] shape, MemorySegment data,
      long fileSize, Arena arena) {
    this.path = path;
    this.key = key;
    this.dtype = dtype;
    this.stored = stored;
    this.shape = shape.clone();
    this.fileSize = fileSize;
    this.arena = arena;
    if (shape.length == 0) {
      throw InputErrors.invalid(path, key, "holds a scalar; expected an array of shape (N, ...)");
    }
    long rowLen = elementCount(Arrays.copyOfRange(shape, 1, shape.length));
    if (shape[0] > Integer.MAX_VALUE || rowLen > Integer.MAX_VALUE) {
      throw InputErrors.invalid(path, key, "shape " + Tensors.shapeString(shape)
          + " is too large; at most 2^31-1 rows of at most 2^31-1 values are supported");
    }
    long bytes = shape[0] * rowLen * stored.bytes();
    if (data.byteSize() < bytes) {
      throw InputErrors.invalid(path, key, "file is truncated: shape " + Tensors.shapeString(shape)
          + " of " + Tensors.dtypeName(dtype) + " needs " + bytes + " bytes of data, found "
          + data.byteSize());
    }
    this.data = data.asSlice(0, bytes);
    this.rowLength = (int) rowLen;
  }

  /** The number of elements of an array of this shape (dimensions are checked non-negative). */
  static long elementCount(long[] shape) {
    long n = 1;
    for (long s : shape) {
      n = Math.multiplyExact(n, s);
    }
    return n;
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public DType dtype() {
    return dtype;
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  @Override
  public int rowLength() {
    return rowLength;
  }

  @Override
  public long fileSize() {
    return fileSize;
  }

  @Override
  public void readRows(int from, int count, float[] dst) {
    checkRange(from, count, dst.length);
    Elements.toFloat(data, stored, (long) from * rowLength, dst, 0, count * rowLength);
  }

  /** Reads rows [from, from + count) as float64, without the float32 rounding of readRows. */
  void readRows(int from, int count, double[] dst) {
    checkRange(from, count, dst.length);
    Elements.toDouble(data, stored, (long) from * rowLength, dst, 0, count * rowLength);
  }

  private void checkRange(int from, int count, int capacity) {
    Objects.checkFromIndexSize(from, count, rows());
    if ((long) count * rowLength > capacity) {
      throw new IllegalArgumentException(count + " rows of " + rowLength
          + " values do not fit a buffer of " + capacity);
    }
  }

  @Override
  public void close() {
    if (arena.scope().isAlive()) {
      arena.close();
    }
  }

  @Override
  public String toString() {
    return InputErrors.label(path, key) + " " + dtype + Arrays.toString(shape);
  }
}
