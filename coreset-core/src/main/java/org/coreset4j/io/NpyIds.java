package org.coreset4j.io;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sample ids in {@code .npy}. Reads int64, int32, uint32 or uint64 arrays of shape (N,); uids as
 * uint64 (N, 2) or DataComp's structured {@code u8,u8} (N,) (high half first); and strings as
 * numpy unicode ({@code <U}) or bytes ({@code |S}) arrays. Writes int64 ids, uids in DataComp's
 * subset format (structured {@code u8,u8}, sorted, which its resharder requires) and strings as
 * {@code <U}.
 */
public final class NpyIds {
  /** DataComp's uid dtype, numpy.dtype("u8,u8"), as the header writes it. */
  static final String UID_DESCR = "[('f0', '<u8'), ('f1', '<u8')]";
  private static final Pattern STRUCTURED_UID =
      Pattern.compile("\\[\\s*\\('\\w+',\\s*'<u8'\\),\\s*\\('\\w+',\\s*'<u8'\\),?\\s*\\]");
  private static final Pattern TEXT = Pattern.compile("'([<>|=]?)([US])(\\d+)'");

  private NpyIds() {}

  /** The ids in {@code path}; every problem is an error naming the file. */
  public static SampleIds read(Path path, String name) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment file = MappedFile.map(path, null, arena);
      NpyHeader.Raw raw = NpyHeader.raw(file, path, null);
      MemorySegment data = file.asSlice(raw.dataOffset());
      long[] shape = raw.shape();
      String descr = raw.descr().replace("'=", "'<").replace("'|", "'<");
      int n = shape.length == 0 ? -1 : Math.toIntExact(shape[0]);
      if (STRUCTURED_UID.matcher(raw.descr()).matches() && shape.length == 1) {
        return SampleIds.uid128(name, longs(data, 2L * n, path));
      }
      if (descr.equals("'<u8'") && shape.length == 2 && shape[1] == 2) {
        return SampleIds.uid128(name, longs(data, 2L * n, path));
      }
      Matcher text = TEXT.matcher(raw.descr());
      if (shape.length == 1 && text.matches()) {
        return SampleIds.strings(name, strings(data, n, text.group(2).equals("U"), Integer.parseInt(text.group(3)),
            path));
      }
      if (shape.length == 1) {
        long[] ids = switch (descr) {
          case "'<i8'" -> longs(data, n, path);
          case "'<u8'" -> nonNegative(longs(data, n, path), path);
          case "'<i4'" -> Arrays.stream(ints(data, n, path)).asLongStream().toArray();
          case "'<u4'" -> Arrays.stream(ints(data, n, path)).mapToLong(Integer::toUnsignedLong).toArray();
          default -> null;
        };
        if (ids != null) {
          return SampleIds.int64(name, ids);
        }
      }
      throw InputErrors.invalid(path, null, "dtype " + raw.descr() + " of shape " + Tensors.shapeString(shape)
          + " is not an id array; use int64 (N,), uint64 (N, 2) or u8,u8 uids, or strings (numpy str)");
    }
  }

  private static long[] longs(MemorySegment data, long count, Path path) {
    requireBytes(data, count * Long.BYTES, path);
    return data.asSlice(0, count * Long.BYTES).toArray(Elements.I64);
  }

  private static int[] ints(MemorySegment data, long count, Path path) {
    requireBytes(data, count * Integer.BYTES, path);
    return data.asSlice(0, count * Integer.BYTES).toArray(Elements.I32);
  }

  private static long[] nonNegative(long[] ids, Path path) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] < 0) {
        throw InputErrors.invalid(path, null, "row " + i + " holds " + Long.toUnsignedString(ids[i])
            + ", beyond int64; store 128-bit uids as uint64 (N, 2)");
      }
    }
    return ids;
  }

  /** Fixed-width numpy strings: UTF-32 code points or bytes, trailing NULs dropped. */
  private static String[] strings(MemorySegment data, int n, boolean unicode, int width, Path path) {
    int bytesPer = unicode ? 4 * width : width;
    requireBytes(data, (long) n * bytesPer, path);
    String[] out = new String[n];
    ByteBuffer all = data.asSlice(0, (long) n * bytesPer).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < n; i++) {
      if (unicode) {
        int[] points = new int[width];
        int len = 0;
        for (int c = 0; c < width; c++) {
          points[c] = all.getInt((i * width + c) * 4);
          if (points[c] != 0) {
            len = c + 1;
          }
        }
        out[i] = new String(points, 0, len);
      } else {
        byte[] b = new byte[width];
        all.get(i * width, b);
        int len = width;
        while (len > 0 && b[len - 1] == 0) {
          len--;
        }
        out[i] = new String(b, 0, len, StandardCharsets.UTF_8);
      }
    }
    return out;
  }

  private static void requireBytes(MemorySegment data, long bytes, Path path) {
    if (data.byteSize() < bytes) {
      throw InputErrors.invalid(path, null, "file is truncated: needs " + bytes + " bytes of data, found "
          + data.byteSize());
    }
  }

  /** Writes the ids of {@code rows}: int64 in row order, uids sorted (DataComp), strings as {@code <U} in row order. */
  public static void write(Path path, SampleIds ids, int[] rows) {
    AtomicOutput.write(path, out -> {
      long[] shape = {rows.length};
      switch (ids.kind()) {
        case INT64 -> {
          NpyWriter.header(out, "'<i8'", shape);
          ByteBuffer b = ByteBuffer.allocate(rows.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
          for (int r : rows) {
            b.putLong(ids.int64(r));
          }
          out.write(b.array());
        }
        case UID128 -> {
          Integer[] sorted = Arrays.stream(rows).boxed().sorted(ids::compare).toArray(Integer[]::new);
          NpyWriter.header(out, UID_DESCR, shape);
          ByteBuffer b = ByteBuffer.allocate(rows.length * 2 * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
          for (int r : sorted) {
            b.putLong(ids.uidHalf(r, 0)).putLong(ids.uidHalf(r, 1));
          }
          out.write(b.array());
        }
        case STRING -> {
          int width = Math.max(1, Arrays.stream(rows).map(r -> ids.text(r).codePointCount(0, ids.text(r).length()))
              .max().orElse(1));
          NpyWriter.header(out, "'<U" + width + "'", shape);
          ByteBuffer b = ByteBuffer.allocate(rows.length * width * 4).order(ByteOrder.LITTLE_ENDIAN);
          for (int k = 0; k < rows.length; k++) {
            int[] points = ids.text(rows[k]).codePoints().toArray();
            for (int c = 0; c < points.length; c++) {
              b.putInt((k * width + c) * 4, points[c]);
            }
          }
          out.write(b.array());
        }
      }
    });
  }
}
