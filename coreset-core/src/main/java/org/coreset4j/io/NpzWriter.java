package org.coreset4j.io;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.coreset4j.data.NdArray;

/**
 * Writes {@code .npz} archives as numpy.savez does: an uncompressed zip with one
 * {@code NAME.npy} entry per array, in the map's iteration order. Writes are atomic.
 */
public final class NpzWriter {
  private NpzWriter() {}

  /** Writes {@code arrays} (name to array; use a LinkedHashMap to fix the order) to {@code path}. */
  public static void write(Path path, Map<String, NdArray> arrays) {
    for (String name : arrays.keySet()) {
      if (name.isEmpty() || name.contains("/")) {
        throw new IllegalArgumentException("bad npz array name '" + name + "'");
      }
    }
    AtomicOutput.write(path, out -> {
      ZipOutputStream zip = new ZipOutputStream(out);
      for (Map.Entry<String, NdArray> e : arrays.entrySet()) {
        // A stored entry needs its size and CRC up front: serialise once to measure them.
        Measure measure = new Measure();
        NpyWriter.write(measure, e.getValue());
        ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(measure.count);
        entry.setCompressedSize(measure.count);
        entry.setCrc(measure.crc.getValue());
        entry.setTime(0);
        zip.putNextEntry(entry);
        NpyWriter.write(zip, e.getValue());
        zip.closeEntry();
      }
      zip.finish();
    });
  }

  /** Discards bytes, keeping their count and CRC-32. */
  private static final class Measure extends OutputStream {
    private final CRC32 crc = new CRC32();
    private long count;

    @Override
    public void write(int b) {
      crc.update(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      crc.update(b, off, len);
      count += len;
    }
  }
}
