package org.coreset4j.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coreset4j.data.FloatMatrix;

/** Memory-maps a C-order little-endian float32 (N, D) .npy written by numpy, for benchmarks. */
final class Npy {
  private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\s*(\\d+)\\)");

  private Npy() {}

  static FloatMatrix mapFloat32(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
      ch.read(head, 0);
      int major = head.get(6);
      int headerLength = major == 1 ? Short.toUnsignedInt(head.getShort(8)) : head.getInt(8);
      int start = major == 1 ? 10 : 12;
      ByteBuffer header = ByteBuffer.allocate(headerLength);
      ch.read(header, start);
      String dict = new String(header.array(), StandardCharsets.US_ASCII);
      Matcher m = SHAPE.matcher(dict);
      if (!dict.contains("'<f4'") || dict.contains("'fortran_order': True") || !m.find()) {
        throw new IOException(path + ": expected a C-order <f4 (N, D) array, header " + dict.trim());
      }
      int rows = Integer.parseInt(m.group(1));
      int cols = Integer.parseInt(m.group(2));
      long offset = start + headerLength;
      MemorySegment seg = ch.map(FileChannel.MapMode.READ_ONLY, offset, (long) rows * cols * Float.BYTES, Arena.ofAuto());
      return new FloatMatrix(seg, rows, cols);
    }
  }

  static long[] readInt64(Path path) throws IOException {
    byte[] all = java.nio.file.Files.readAllBytes(path);
    ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    int major = all[6];
    int headerLength = major == 1 ? Short.toUnsignedInt(b.getShort(8)) : b.getInt(8);
    int start = (major == 1 ? 10 : 12) + headerLength;
    long[] out = new long[(all.length - start) / Long.BYTES];
    b.position(start).asLongBuffer().get(out);
    return out;
  }

  /** Peak resident memory of this process in MiB (VmHWM), or -1 where /proc is missing. */
  static long peakRssMiB() {
    try {
      for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }
}
