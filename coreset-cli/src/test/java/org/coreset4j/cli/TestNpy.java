package org.coreset4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coreset4j.io.DType;
import org.coreset4j.io.Tensor;

/** A minimal .npy writer and reader (little-endian float32, float64, int64; C order) for tests. */
final class TestNpy {
  private TestNpy() {}

  static void writeFloats(Path path, float[] data, long... shape) {
    ByteBuffer b = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : data) {
      b.putFloat(v);
    }
    write(path, "<f4", shape, b.array());
  }

  static void writeLongs(Path path, long[] data) {
    ByteBuffer b = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : data) {
      b.putLong(v);
    }
    write(path, "<i8", new long[] {data.length}, b.array());
  }

  private static void write(Path path, String descr, long[] shape, byte[] body) {
    String dims = shape.length == 1 ? shape[0] + "," : String.join(", ", Arrays.stream(shape).mapToObj(Long::toString).toList());
    StringBuilder header = new StringBuilder("{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + dims + "), }");
    while ((10 + header.length() + 1) % 64 != 0) {
      header.append(' ');
    }
    header.append('\n');
    ByteBuffer b = ByteBuffer.allocate(10 + header.length() + body.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
    b.putShort((short) header.length()).put(header.toString().getBytes(StandardCharsets.US_ASCII)).put(body);
    try {
      Files.write(path, b.array());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a file written above as a {@link Tensor} held in memory. */
  static Tensor open(Path path, String key) {
    byte[] all;
    try {
      all = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new org.coreset4j.util.InvalidInputException(path + " cannot be read", e);
    }
    ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    int headerLength = b.getShort(8);
    String header = new String(all, 10, headerLength, StandardCharsets.US_ASCII);
    Matcher d = Pattern.compile("'descr': '([^']+)'").matcher(header);
    Matcher s = Pattern.compile("'shape': \\(([^)]*)\\)").matcher(header);
    if (!d.find() || !s.find()) {
      throw new IllegalArgumentException("bad npy header " + header);
    }
    long[] shape = Arrays.stream(s.group(1).split(",")).map(String::strip).filter(x -> !x.isEmpty())
        .mapToLong(Long::parseLong).toArray();
    String descr = d.group(1);
    int offset = 10 + headerLength;
    return new Tensor() {
      @Override
      public Path path() {
        return path;
      }

      @Override
      public String key() {
        return key;
      }

      @Override
      public DType dtype() {
        return descr.equals("<f4") ? DType.F32 : descr.equals("<f8") ? DType.F64 : DType.I64;
      }

      @Override
      public long[] shape() {
        return shape.clone();
      }

      @Override
      public void readRows(int from, int count, float[] dst) {
        int len = rowLength();
        for (int i = 0; i < count * len; i++) {
          long at = offset + ((long) from * len + i) * dtype().bytes();
          dst[i] = switch (dtype()) {
            case F32 -> b.getFloat((int) at);
            case F64 -> (float) b.getDouble((int) at);
            default -> (float) b.getLong((int) at);
          };
        }
      }

      @Override
      public long fileSize() {
        return all.length;
      }

      @Override
      public void close() {}
    };
  }
}
