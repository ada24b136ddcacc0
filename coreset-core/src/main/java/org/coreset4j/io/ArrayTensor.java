package org.coreset4j.io;

import java.nio.file.Path;
import org.coreset4j.data.FloatMatrix;

/** An in-memory float32 tensor, for the Java API and tests: rows of a matrix with a given shape. */
public final class ArrayTensor implements Tensor {
  private final FloatMatrix rows;
  private final long[] shape;

  /** Wraps an N x (T*D) matrix as an (N, T, D) tensor, or N x D as (N, D) when tokens is 0. */
  public ArrayTensor(FloatMatrix rows, long... shape) {
    long per = 1;
    for (int i = 1; i < shape.length; i++) {
      per *= shape[i];
    }
    if (shape.length < 1 || shape[0] != rows.rows() || per != rows.cols()) {
      throw new IllegalArgumentException("shape does not match " + rows.rows() + " x " + rows.cols());
    }
    this.rows = rows;
    this.shape = shape.clone();
  }

  public static ArrayTensor of(FloatMatrix m) {
    return new ArrayTensor(m, m.rows(), m.cols());
  }

  @Override
  public Path path() {
    return null;
  }

  @Override
  public String key() {
    return null;
  }

  @Override
  public DType dtype() {
    return DType.F32;
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  @Override
  public void readRows(int from, int count, float[] dst) {
    java.lang.foreign.MemorySegment.copy(rows.segment(), FloatMatrix.F32, rows.rowOffset(from), dst, 0, count * rows.cols());
  }

  @Override
  public long fileSize() {
    return 0;
  }

  @Override
  public void close() {}
}
