package org.coreset4j.io;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The central directory of a zip file (as written by numpy.savez), read from its mapping: entry
 * names, compression methods, sizes and where each entry's data starts. Zip64 sizes and offsets
 * are honoured, so entries over 4 GiB work.
 */
final class ZipDirectory {
  static final int STORED = 0;
  static final int DEFLATED = 8;
  private static final int END = 0x06054b50;
  private static final int END64_LOCATOR = 0x07064b50;
  private static final int END64 = 0x06064b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;
  private static final int END_SIZE = 22;
  private static final long U32_MAX = 0xFFFFFFFFL;

  /** One entry; {@code dataOffset} is where its (possibly compressed) bytes start in the file. */
  record Entry(String name, int method, long compressedSize, long size, long dataOffset) {}

  private ZipDirectory() {}

  /** The entries of the zip mapped in {@code zip}, in directory order. */
  static List<Entry> read(MemorySegment zip, Path path) {
    try {
      return entries(zip, path);
    } catch (IndexOutOfBoundsException e) {
      throw InputErrors.invalid(path, null, "file is truncated or not a valid zip archive", e);
    }
  }

  private static List<Entry> entries(MemorySegment zip, Path path) {
    long end = findEnd(zip, path);
    long count = u16(zip, end + 10);
    long dirOffset = u32(zip, end + 16);
    if (count == 0xFFFF || dirOffset == U32_MAX) {
      long locator = end - 20;
      if (locator < 0 || zip.get(Elements.I32, locator) != END64_LOCATOR) {
        throw InputErrors.invalid(path, null, "zip64 end record is missing; the file is corrupt");
      }
      long end64 = zip.get(Elements.I64, locator + 8);
      if (zip.get(Elements.I32, end64) != END64) {
        throw InputErrors.invalid(path, null, "zip64 end record is corrupt");
      }
      count = zip.get(Elements.I64, end64 + 32);
      dirOffset = zip.get(Elements.I64, end64 + 48);
    }
    List<Entry> entries = new ArrayList<>();
    long at = dirOffset;
    for (long i = 0; i < count; i++) {
      if (zip.get(Elements.I32, at) != CENTRAL) {
        throw InputErrors.invalid(path, null, "zip central directory is corrupt");
      }
      int flags = u16(zip, at + 8);
      int method = u16(zip, at + 10);
      long compressed = u32(zip, at + 20);
      long size = u32(zip, at + 24);
      int nameLength = u16(zip, at + 28);
      int extraLength = u16(zip, at + 30);
      int commentLength = u16(zip, at + 32);
      long local = u32(zip, at + 42);
      String name = new String(zip.asSlice(at + 46, nameLength).toArray(ValueLayout.JAVA_BYTE),
          (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
      // Zip64 extra field (id 1): 8-byte values for exactly those fields saturated above.
      long extra = at + 46 + nameLength;
      long extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        int id = u16(zip, extra);
        int length = u16(zip, extra + 2);
        if (id == 1) {
          long v = extra + 4;
          if (size == U32_MAX) {
            size = zip.get(Elements.I64, v);
            v += 8;
          }
          if (compressed == U32_MAX) {
            compressed = zip.get(Elements.I64, v);
            v += 8;
          }
          if (local == U32_MAX) {
            local = zip.get(Elements.I64, v);
          }
        }
        extra += 4 + length;
      }
      if ((flags & 1) != 0) {
        throw InputErrors.invalid(path, name, "zip entry is encrypted");
      }
      entries.add(new Entry(name, method, compressed, size, dataOffset(zip, local, path, name)));
      at = extraEnd + commentLength;
    }
    return entries;
  }

  /** The end-of-central-directory record: the last one within the final 64 KiB + 22 bytes. */
  private static long findEnd(MemorySegment zip, Path path) {
    long last = zip.byteSize() - END_SIZE;
    for (long at = last; at >= Math.max(0, last - 0xFFFF); at--) {
      if (zip.get(Elements.I32, at) == END) {
        return at;
      }
    }
    throw InputErrors.invalid(path, null, "not a zip archive (no end of central directory); "
        + "the file is truncated or not an .npz");
  }

  private static long dataOffset(MemorySegment zip, long local, Path path, String name) {
    if (zip.get(Elements.I32, local) != LOCAL) {
      throw InputErrors.invalid(path, name, "zip local header is corrupt");
    }
    return local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
  }

  private static int u16(MemorySegment zip, long at) {
    return Short.toUnsignedInt(zip.get(Elements.I16, at));
  }

  private static long u32(MemorySegment zip, long at) {
    return Integer.toUnsignedLong(zip.get(Elements.I32, at));
  }
}
