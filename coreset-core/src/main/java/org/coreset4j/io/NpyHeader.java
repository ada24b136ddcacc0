package org.coreset4j.io;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coreset4j.util.InvalidInputException;

/**
 * The header of a {@code .npy} array (format versions 1, 2 and 3): magic, version, header length
 * and a Python dict literal with {@code descr}, {@code fortran_order} and {@code shape}.
 *
 * @param dataOffset offset of the first element from the start of the npy bytes
 */
record NpyHeader(DType dtype, long[] shape, long dataOffset) {
  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int PREFIX = MAGIC.length + 2;
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
  private static final String SUPPORTED =
      "float16, float32 or float64 (int8, uint8, int32, int64 or bool for scores and events)";

  /** Parses the header at the start of {@code npy}, the bytes of an npy file or npz entry. */
  static NpyHeader parse(MemorySegment npy, Path path, String key) {
    Raw raw = raw(npy, path, key);
    return new NpyHeader(dtype(raw.dict(), path, key), raw.shape(), raw.dataOffset());
  }

  /**
   * The header's dict text, C-order shape and data offset, whatever the dtype: for readers of other
   * element types than the numeric ones of {@link DType} (such as sample ids).
   */
  record Raw(String dict, long[] shape, long dataOffset) {
    /** The {@code descr} entry as written: {@code '<i8'} or a structured list such as {@code [('f0', '<u8'), ...]}. */
    String descr() {
      Matcher m = Pattern.compile("'descr'\\s*:\\s*('[^']*'|\\[[^\\]]*\\])").matcher(dict);
      return m.find() ? m.group(1) : "";
    }
  }

  static Raw raw(MemorySegment npy, Path path, String key) {
    if (npy.byteSize() < PREFIX
        || MemorySegment.ofArray(MAGIC).mismatch(npy.asSlice(0, MAGIC.length)) != -1) {
      throw InputErrors.invalid(path, key, "not an npy array (no \\x93NUMPY magic); "
          + "write it with numpy.save");
    }
    int major = npy.get(ValueLayout.JAVA_BYTE, MAGIC.length);
    if (major < 1 || major > 3) {
      throw badHeader(path, key, "unknown format version " + major + "; versions 1 to 3 are supported");
    }
    int lengthBytes = major == 1 ? 2 : 4;
    long start = PREFIX + lengthBytes;
    if (npy.byteSize() < start) {
      throw truncated(path, key);
    }
    long headerLength = major == 1
        ? Short.toUnsignedInt(npy.get(Elements.I16, PREFIX))
        : Integer.toUnsignedLong(npy.get(Elements.I32, PREFIX));
    if (start + headerLength > npy.byteSize()) {
      throw truncated(path, key);
    }
    byte[] text = npy.asSlice(start, headerLength).toArray(ValueLayout.JAVA_BYTE);
    String dict = new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    Matcher fortran = FORTRAN.matcher(dict);
    if (!fortran.find()) {
      throw badHeader(path, key, "no 'fortran_order' in " + dict.strip());
    }
    if (fortran.group(1).equals("True")) {
      throw InputErrors.invalid(path, key, "array is in Fortran order; save a C-order copy "
          + "(numpy.ascontiguousarray)");
    }
    return new Raw(dict, shape(dict, path, key), start + headerLength);
  }

  /** The element type named by the header's {@code descr}, such as {@code <f4}. */
  private static DType dtype(String dict, Path path, String key) {
    Matcher m = DESCR.matcher(dict);
    if (!m.find()) {
      throw InputErrors.invalid(path, key, "unsupported dtype (structured or missing 'descr'); use "
          + SUPPORTED);
    }
    String d = m.group(1);
    if (d.length() >= 2 && d.charAt(0) == '>' && !d.endsWith("1")) {
      throw InputErrors.invalid(path, key, "big-endian dtype '" + d + "'; convert it with "
          + "arr.astype(arr.dtype.newbyteorder('<'))");
    }
    DType type = switch (d.length() >= 2 && "<|>=".indexOf(d.charAt(0)) >= 0 ? d.substring(1) : "") {
      case "f2" -> DType.F16;
      case "f4" -> DType.F32;
      case "f8" -> DType.F64;
      case "i1" -> DType.I8;
      case "u1" -> DType.U8;
      case "i4" -> DType.I32;
      case "i8" -> DType.I64;
      case "b1" -> DType.BOOL;
      default -> null;
    };
    if (type == null) {
      throw InputErrors.invalid(path, key, "unsupported dtype '" + d + "'; use " + SUPPORTED);
    }
    return type;
  }

  private static long[] shape(String dict, Path path, String key) {
    Matcher m = SHAPE.matcher(dict);
    if (!m.find()) {
      throw badHeader(path, key, "no 'shape' in " + dict.strip());
    }
    try {
      long[] shape = Arrays.stream(m.group(1).split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .mapToLong(s -> Long.parseLong(s.endsWith("L") ? s.substring(0, s.length() - 1) : s))
          .toArray();
      if (Arrays.stream(shape).anyMatch(s -> s < 0)) {
        throw new NumberFormatException("negative dimension");
      }
      return shape;
    } catch (NumberFormatException e) {
      throw badHeader(path, key, "shape (" + m.group(1) + ") is not a tuple of sizes");
    }
  }

  private static InvalidInputException truncated(Path path, String key) {
    return InputErrors.invalid(path, key, "file is truncated inside the npy header");
  }

  private static InvalidInputException badHeader(Path path, String key, String what) {
    return InputErrors.invalid(path, key, "bad npy header: " + what);
  }
}
