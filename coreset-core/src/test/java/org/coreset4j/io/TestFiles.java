package org.coreset4j.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hand-built file bytes for reader tests, independent of the writers under test. Public for the
 * format modules' tests (through this module's test jar).
 */
public final class TestFiles {
  private TestFiles() {}

  /** An npy v1 file: magic, version 1.0, the given dict padded to 64 bytes, then {@code data}. */
  static byte[] npy(String dict, byte[] data) {
    int prefix = 10;
    int total = (prefix + dict.length() + 1 + 63) / 64 * 64;
    String header = dict + " ".repeat(total - prefix - dict.length() - 1) + "\n";
    ByteBuffer b = ByteBuffer.allocate(total + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
    b.putShort((short) header.length());
    b.put(header.getBytes(StandardCharsets.ISO_8859_1));
    b.put(data);
    return b.array();
  }

  static String dict(String descr, String shape) {
    return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
  }

  /** Values encoded little-endian as the given type: f2, bf16, f4, f8, i1, u1, i4, i8, b1. */
  static byte[] encode(String type, double... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (double v : values) {
      ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      switch (type) {
        case "f2" -> b.putShort(Float.floatToFloat16((float) v));
        case "bf16" -> b.putShort((short) (Float.floatToIntBits((float) v) >>> 16));
        case "f4" -> b.putFloat((float) v);
        case "f8" -> b.putDouble(v);
        case "i1", "u1", "b1" -> b.put((byte) v);
        case "i4" -> b.putInt((int) v);
        case "i8" -> b.putLong((long) v);
        default -> throw new IllegalArgumentException(type);
      }
      out.write(b.array(), 0, b.position());
    }
    return out.toByteArray();
  }

  public static Path write(Path path, byte[] bytes) {
    try {
      return Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }

  /** Reads every row of a tensor. */
  public static float[] readAll(Tensor t) {
    float[] values = new float[t.rows() * t.rowLength()];
    t.readRows(0, t.rows(), values);
    return values;
  }
}
