package org.coreset4j.io;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The one place where stored elements become numbers: little-endian values of a {@link DType} at
 * an element index of a segment, converted to float32 or float64. Public for format modules,
 * which store decoded float32 values for a {@link SegmentTensor} in the {@link #F32} layout.
 */
public final class Elements {
  static final ValueLayout.OfShort I16 =
      ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  public static final ValueLayout.OfFloat F32 =
      ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  static final ValueLayout.OfDouble F64 =
      ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  private Elements() {}

  /** Reads {@code n} elements starting at element {@code first} as float32 into dst[off..]. */
  static void toFloat(MemorySegment src, DType type, long first, float[] dst, int off, int n) {
    switch (type) {
      case F32 -> MemorySegment.copy(src, F32, first * Float.BYTES, dst, off, n);
      case F16 -> {
        for (int i = 0; i < n; i++) {
          dst[off + i] = Float.float16ToFloat(src.getAtIndex(I16, first + i));
        }
      }
      case BF16 -> {
        for (int i = 0; i < n; i++) {
          dst[off + i] = bf16(src.getAtIndex(I16, first + i));
        }
      }
      case F64 -> {
        for (int i = 0; i < n; i++) {
          dst[off + i] = (float) src.getAtIndex(F64, first + i);
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          dst[off + i] = (float) get(src, type, first + i);
        }
      }
    }
  }

  /** Reads {@code n} elements starting at element {@code first} as float64 into dst[off..]. */
  static void toDouble(MemorySegment src, DType type, long first, double[] dst, int off, int n) {
    for (int i = 0; i < n; i++) {
      dst[off + i] = get(src, type, first + i);
    }
  }

  /** Element {@code i} as a double; exact for every type except int64 beyond 2^53. */
  static double get(MemorySegment src, DType type, long i) {
    return switch (type) {
      case F16 -> Float.float16ToFloat(src.getAtIndex(I16, i));
      case BF16 -> bf16(src.getAtIndex(I16, i));
      case F32 -> src.getAtIndex(F32, i);
      case F64 -> src.getAtIndex(F64, i);
      case I8 -> src.get(ValueLayout.JAVA_BYTE, i);
      case U8 -> Byte.toUnsignedInt(src.get(ValueLayout.JAVA_BYTE, i));
      case BOOL -> src.get(ValueLayout.JAVA_BYTE, i) != 0 ? 1 : 0;
      case I32 -> src.getAtIndex(I32, i);
      case I64 -> src.getAtIndex(I64, i);
    };
  }

  /** bfloat16 is the upper half of a float32. */
  private static float bf16(short bits) {
    return Float.intBitsToFloat((bits & 0xFFFF) << 16);
  }
}
