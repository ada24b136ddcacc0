package org.coreset4j.data;

import java.util.Arrays;

/**
 * A small in-memory array with a shape, used for diagnostics and other outputs. {@code data} is one
 * of int[], long[], float[], double[] or boolean[], row-major, whose length is the product of the
 * shape.
 */
public record NdArray(Object data, long[] shape) {
  public NdArray {
    long n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    int len = switch (data) {
      case int[] a -> a.length;
      case long[] a -> a.length;
      case float[] a -> a.length;
      case double[] a -> a.length;
      case boolean[] a -> a.length;
      default -> throw new IllegalArgumentException("unsupported array type " + data.getClass());
    };
    if (len != n) {
      throw new IllegalArgumentException("array of " + len + " values does not fit shape " + Arrays.toString(shape));
    }
    shape = shape.clone();
  }

  public static NdArray of(int[] a) {
    return new NdArray(a, new long[] {a.length});
  }

  public static NdArray of(long[] a) {
    return new NdArray(a, new long[] {a.length});
  }

  public static NdArray of(double[] a) {
    return new NdArray(a, new long[] {a.length});
  }

  public static NdArray of(float[] a) {
    return new NdArray(a, new long[] {a.length});
  }

  public static NdArray of(boolean[] a) {
    return new NdArray(a, new long[] {a.length});
  }

  /** A float32 matrix copied into an (rows, cols) array. */
  public static NdArray of(FloatMatrix m) {
    return new NdArray(m.toArray(), new long[] {m.rows(), m.cols()});
  }

  /** Sample indices widened to int64, the type of every index array written to disk. */
  public static NdArray indices(int[] a) {
    return of(Arrays.stream(a).asLongStream().toArray());
  }

  /** The numpy dtype string of the data, for example {@code <f4}. */
  public String numpyDtype() {
    return switch (data) {
      case int[] a -> "<i4";
      case long[] a -> "<i8";
      case float[] a -> "<f4";
      case double[] a -> "<f8";
      case boolean[] a -> "|b1";
      default -> throw new IllegalStateException();
    };
  }
}
