package org.coreset4j.scenes;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coreset4j.InvalidInputException;

/**
 * Minimal .npy (format version 1.0, C order, little-endian) reading and writing of the float32
 * and int32 arrays of scene sets and embeddings.
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
  private static final Pattern HEADER =
      Pattern.compile("'descr':\\s*'([<|>][a-z][0-9]+)'.*'fortran_order':\\s*False.*'shape':\\s*\\(([0-9, ]*)\\)");

  private static final int BLOCK = 1 << 16;

  private Npy() {}

  public static void write(Path file, float[] data, long... shape) throws IOException {
    try (OutputStream out = open(file, "<f4", shape)) {
      ByteBuffer buf = ByteBuffer.allocate(BLOCK * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
      for (int from = 0; from < data.length; from += BLOCK) {
        int len = Math.min(BLOCK, data.length - from);
        buf.clear();
        buf.asFloatBuffer().put(data, from, len);
        out.write(buf.array(), 0, len * Float.BYTES);
      }
    }
  }

  public static void write(Path file, int[] data, long... shape) throws IOException {
    try (OutputStream out = open(file, "<i4", shape)) {
      ByteBuffer buf = ByteBuffer.allocate(BLOCK * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
      for (int from = 0; from < data.length; from += BLOCK) {
        int len = Math.min(BLOCK, data.length - from);
        buf.clear();
        buf.asIntBuffer().put(data, from, len);
        out.write(buf.array(), 0, len * Integer.BYTES);
      }
    }
  }

  /** Creates the file and writes the magic string and the header. */
  private static OutputStream open(Path file, String descr, long[] shape) throws IOException {
    String dims = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
    String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': ("
        + dims + (shape.length == 1 ? "," : "") + "), }";
    // pad with spaces so that magic + length + header + newline is a multiple of 64
    int unpadded = MAGIC.length + 2 + dict.length() + 1;
    String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    out.write(MAGIC);
    out.write(header.length() & 0xFF);
    out.write(header.length() >>> 8);
    out.write(header.getBytes(StandardCharsets.US_ASCII));
    return out;
  }

  /** Reads a float32 array written by {@link #write(Path, float[], long...)}, checking its shape. */
  public static float[] readFloats(Path file, long... shape) throws IOException {
    ByteBuffer body = body(file, "<f4", shape);
    float[] out = new float[body.remaining() / Float.BYTES];
    body.asFloatBuffer().get(out);
    return out;
  }

  /** Reads an int32 array written by {@link #write(Path, int[], long...)}, checking its shape. */
  public static int[] readInts(Path file, long... shape) throws IOException {
    ByteBuffer body = body(file, "<i4", shape);
    int[] out = new int[body.remaining() / Integer.BYTES];
    body.asIntBuffer().get(out);
    return out;
  }

  private static ByteBuffer body(Path file, String descr, long[] shape) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), Arrays.copyOf(MAGIC, 6)) || bytes[6] != 1) {
      throw new InvalidInputException(file + ": not a version 1 .npy file");
    }
    int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
    String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
    Matcher m = HEADER.matcher(header);
    long[] found = m.find() ? Arrays.stream(m.group(2).split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray() : null;
    if (found == null || !m.group(1).equals(descr) || !Arrays.equals(found, shape)) {
      throw new InvalidInputException(file + ": expected " + descr + " array of shape "
          + Arrays.toString(shape) + ", found header " + header.trim());
    }
    return ByteBuffer.wrap(bytes, 10 + headerLength, bytes.length - 10 - headerLength)
        .slice().order(ByteOrder.LITTLE_ENDIAN);
  }
}
