package org.coreset4j.io;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;

/**
 * Writes {@code .npy} files (format 1.0, or 2.0 for very long headers) that numpy.load reads:
 * int[] as {@code <i4}, long[] as {@code <i8}, float[] as {@code <f4}, double[] as {@code <f8},
 * boolean[] as {@code |b1}. Writes are atomic (see {@link AtomicOutput}).
 */
public final class NpyWriter {
  private static final int HEADER_ALIGNMENT = 64;
  private static final int CHUNK_BYTES = 1 << 20;

  private NpyWriter() {}

  /** Writes {@code array} to {@code path}. */
  public static void write(Path path, NdArray array) {
    AtomicOutput.write(path, out -> write(out, array));
  }

  /** Writes a float32 (rows, cols) matrix, streaming it so it may exceed one Java array. */
  public static void write(Path path, FloatMatrix matrix) {
    AtomicOutput.write(path, out -> {
      header(out, "'<f4'", new long[] {matrix.rows(), matrix.cols()});
      copy(out, matrix.segment(), FloatMatrix.F32, Elements.F32, (long) matrix.rows() * matrix.cols());
    });
  }

  /** Writes {@code array} as npy bytes to {@code out}. */
  static void write(OutputStream out, NdArray array) throws IOException {
    header(out, "'" + array.numpyDtype() + "'", array.shape());
    switch (array.data()) {
      case int[] a -> copy(out, MemorySegment.ofArray(a), ValueLayout.JAVA_INT, Elements.I32, a.length);
      case long[] a -> copy(out, MemorySegment.ofArray(a), ValueLayout.JAVA_LONG, Elements.I64, a.length);
      case float[] a -> copy(out, MemorySegment.ofArray(a), ValueLayout.JAVA_FLOAT, Elements.F32, a.length);
      case double[] a ->
          copy(out, MemorySegment.ofArray(a), ValueLayout.JAVA_DOUBLE, Elements.F64, a.length);
      case boolean[] a -> {
        byte[] bytes = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
          bytes[i] = (byte) (a[i] ? 1 : 0);
        }
        out.write(bytes);
      }
      default -> throw new IllegalArgumentException("unsupported array " + array.data().getClass());
    }
  }

  /**
   * Magic, version, header length and the dict literal, padded with spaces to 64 bytes; {@code descr}
   * is the dtype as a Python literal: {@code '<f4'}, or a list of fields for a structured dtype.
   */
  static void header(OutputStream out, String descr, long[] shape) throws IOException {
    String dict = "{'descr': " + descr + ", 'fortran_order': False, 'shape': "
        + Tensors.shapeString(shape) + ", }";
    boolean v1 = headerLength(dict, 2) <= 0xFFFF;
    int headerLength = headerLength(dict, v1 ? 2 : 4);
    out.write(NpyHeader.MAGIC);
    out.write(new byte[] {(byte) (v1 ? 1 : 2), 0});
    out.write(headerLength & 0xFF);
    out.write((headerLength >>> 8) & 0xFF);
    if (!v1) {
      out.write((headerLength >>> 16) & 0xFF);
      out.write((headerLength >>> 24) & 0xFF);
    }
    out.write((dict + " ".repeat(headerLength - dict.length() - 1) + "\n")
        .getBytes(StandardCharsets.ISO_8859_1));
  }

  /** The dict's length once padded so that the data starts at a multiple of 64 bytes. */
  private static int headerLength(String dict, int lengthBytes) {
    int prefix = NpyHeader.MAGIC.length + 2 + lengthBytes;
    int unpadded = prefix + dict.length() + 1;
    return (unpadded + HEADER_ALIGNMENT - 1) / HEADER_ALIGNMENT * HEADER_ALIGNMENT - prefix;
  }

  /** Streams {@code count} elements of {@code src} to {@code out} in little-endian order. */
  private static void copy(OutputStream out, MemorySegment src, ValueLayout from, ValueLayout to,
      long count) throws IOException {
    byte[] chunk = new byte[CHUNK_BYTES];
    MemorySegment buffer = MemorySegment.ofArray(chunk);
    long perChunk = CHUNK_BYTES / from.byteSize();
    for (long i = 0; i < count; i += perChunk) {
      long n = Math.min(perChunk, count - i);
      MemorySegment.copy(src, from, i * from.byteSize(), buffer, to, 0, n);
      out.write(chunk, 0, (int) (n * to.byteSize()));
    }
  }
}
