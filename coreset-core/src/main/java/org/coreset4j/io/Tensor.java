package org.coreset4j.io;

import java.nio.file.Path;

/**
 * An input array of shape (N, ...) from a file, read row by row. Rows are converted to float32;
 * a row of an (N, T, D) array is its T*D values, token-major. Implementations memory-map the
 * file, so arrays larger than the heap or than RAM can be read in blocks.
 */
public interface Tensor extends AutoCloseable {
  /** The file it was read from. */
  Path path();

  /** The array's key inside the file (npz array, safetensors tensor, parquet column), or null. */
  String key();

  DType dtype();

  /** The full shape; shape()[0] is N. */
  long[] shape();

  /** N, the number of samples. */
  default int rows() {
    return Math.toIntExact(shape()[0]);
  }

  /** Values per row: the product of shape()[1..]. */
  default int rowLength() {
    long n = 1;
    long[] s = shape();
    for (int i = 1; i < s.length; i++) {
      n *= s[i];
    }
    return Math.toIntExact(n);
  }

  /** Reads rows [from, from + count) as float32 into {@code dst} (count * rowLength values). */
  void readRows(int from, int count, float[] dst);

  /** The size of the file in bytes. */
  long fileSize();

  @Override
  void close();
}
