package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coreset4j.io.TestFiles.dict;
import static org.coreset4j.io.TestFiles.encode;
import static org.coreset4j.io.TestFiles.npy;
import static org.coreset4j.io.TestFiles.readAll;
import static org.coreset4j.io.TestFiles.write;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NpyTensorTest {
  @TempDir Path dir;

  static Stream<Arguments> dtypes() {
    return Stream.of(
        Arguments.of("<f2", "f2", DType.F16),
        Arguments.of("<f4", "f4", DType.F32),
        Arguments.of("<f8", "f8", DType.F64),
        Arguments.of("|i1", "i1", DType.I8),
        Arguments.of("|u1", "u1", DType.U8),
        Arguments.of("<i4", "i4", DType.I32),
        Arguments.of("<i8", "i8", DType.I64),
        Arguments.of("|b1", "b1", DType.BOOL));
  }

  @ParameterizedTest
  @MethodSource("dtypes")
  void readsEveryDtypeOfHandBuiltFiles(String descr, String code, DType dtype) {
    double[] values =
        code.equals("b1") ? new double[] {1, 0, 0, 1, 1, 0} : new double[] {1, 2, 3, 4, 5, 100};
    Path p = write(dir.resolve("a.npy"), npy(dict(descr, "(2, 3)"), encode(code, values)));
    try (Tensor t = Tensors.open(p, null)) {
      assertThat(t.dtype()).isEqualTo(dtype);
      assertThat(t.shape()).containsExactly(2, 3);
      assertThat(t.rows()).isEqualTo(2);
      assertThat(t.rowLength()).isEqualTo(3);
      assertThat(t.key()).isNull();
      assertThat(t.fileSize()).isEqualTo(p.toFile().length());
      float[] row = new float[3];
      t.readRows(1, 1, row);
      assertThat(row).containsExactly((float) values[3], (float) values[4], (float) values[5]);
    }
  }

  @Test
  void float16ConvertsExactly() {
    double[] values = {0.5, -1.25, 65504, Math.pow(2, -14), 0, Double.POSITIVE_INFINITY};
    Path p = write(dir.resolve("h.npy"), npy(dict("<f2", "(6,)"), encode("f2", values)));
    try (Tensor t = Tensors.open(p, null)) {
      float smallestNormal = Float.float16ToFloat((short) 0x0400);
      assertThat(readAll(t))
          .containsExactly(0.5f, -1.25f, 65504f, smallestNormal, 0f, Float.POSITIVE_INFINITY);
    }
  }

  @Test
  void readsThreeDimensionalRowsTokenMajor() {
    float[] values = new float[2 * 3 * 4];
    for (int i = 0; i < values.length; i++) {
      values[i] = i * 0.5f;
    }
    Path p = dir.resolve("tok.npy");
    NpyWriter.write(p, new NdArray(values, new long[] {2, 3, 4}));
    try (Tensor t = Tensors.open(p, null)) {
      assertThat(t.shape()).containsExactly(2, 3, 4);
      assertThat(t.rowLength()).isEqualTo(12);
      float[] row = new float[12];
      t.readRows(1, 1, row);
      for (int i = 0; i < 12; i++) {
        assertThat(row[i]).isEqualTo(values[12 + i]);
      }
    }
  }

  @Test
  void writerRoundTripsEveryArrayType() {
    Object[] arrays = {
      new int[] {1, -2, Integer.MAX_VALUE, 4},
      new long[] {1L << 40, -3, 0, 7},
      new float[] {1.5f, -0f, Float.NaN, 3e38f},
      new double[] {1e-300, 2, -3, 0.1},
      new boolean[] {true, false, false, true}
    };
    DType[] expected = {DType.I32, DType.I64, DType.F32, DType.F64, DType.BOOL};
    for (int k = 0; k < arrays.length; k++) {
      Path p = dir.resolve("w" + k + ".npy");
      NpyWriter.write(p, new NdArray(arrays[k], new long[] {2, 2}));
      try (Tensor t = Tensors.open(p, null)) {
        assertThat(t.dtype()).isEqualTo(expected[k]);
        assertThat(t.shape()).containsExactly(2, 2);
      }
      double[] back = k == 4 ? null : Tensors.readVector(rewriteAsVector(p, arrays[k]), null);
      if (back != null) {
        assertThat(back).containsExactly(asDoubles(arrays[k]));
      }
    }
  }

  @Test
  void readVectorKeepsFloat64Precision() {
    double[] scores = {0.1, 1e-300, -7.000000000000001};
    Path p = dir.resolve("s.npy");
    NpyWriter.write(p, NdArray.of(scores));
    assertThat(Tensors.readVector(p, null)).containsExactly(scores);
  }

  @Test
  void streamingMatrixWriterMatchesArrayWriter() throws Exception {
    FloatMatrix m = FloatMatrix.allocate(300_000, 5);
    for (int r = 0; r < m.rows(); r++) {
      for (int c = 0; c < 5; c++) {
        m.set(r, c, r * 5 + c - 0.25f);
      }
    }
    Path streamed = dir.resolve("m.npy");
    Path whole = dir.resolve("n.npy");
    NpyWriter.write(streamed, m);
    NpyWriter.write(whole, NdArray.of(m));
    assertThat(Files.readAllBytes(streamed)).isEqualTo(Files.readAllBytes(whole));
    try (Tensor t = Tensors.open(streamed, null)) {
      assertThat(readAll(t)).isEqualTo(m.toArray());
    }
  }

  @Test
  void headerIsPaddedToSixtyFourBytesWithNumpyDict() throws Exception {
    Path p = dir.resolve("i.npy");
    NpyWriter.write(p, NdArray.of(new long[] {3, 1}));
    byte[] bytes = Files.readAllBytes(p);
    String header = new String(bytes, 10, 118, StandardCharsets.ISO_8859_1);
    assertThat(bytes.length).isEqualTo(128 + 16);
    assertThat(header)
        .startsWith("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }")
        .endsWith("\n");
  }

  @Test
  void readsVersionTwoHeaders() {
    String d = dict("<f4", "(1, 2)");
    byte[] v1 = npy(d, encode("f4", 1, 2));
    // Rewrite as version 2.0: a 4-byte header length, data still after the padded header.
    int headerLength = v1.length - 8 - 10;
    ByteBuffer b = ByteBuffer.allocate(12 + headerLength + 8).order(ByteOrder.LITTLE_ENDIAN);
    b.put(v1, 0, 6).put((byte) 2).put((byte) 0).putInt(headerLength);
    b.put(v1, 10, headerLength).put(v1, 10 + headerLength, 8);
    Path p = write(dir.resolve("v2.npy"), b.array());
    try (Tensor t = Tensors.open(p, null)) {
      assertThat(readAll(t)).containsExactly(1f, 2f);
    }
  }

  @Test
  void readEventsReturnsZeroOneMatrix() {
    Path p = dir.resolve("e.npy");
    boolean[] seen = {true, false, false, true, true, true};
    NpyWriter.write(p, new NdArray(seen, new long[] {3, 2}));
    byte[][] events = Tensors.readEvents(p);
    assertThat(events).hasDimensions(3, 2);
    assertThat(events[0]).containsExactly(1, 0);
    assertThat(events[2]).containsExactly(1, 1);
  }

  private Path rewriteAsVector(Path p, Object array) {
    Path v = dir.resolve("v-" + p.getFileName());
    NpyWriter.write(v, new NdArray(array, new long[] {4}));
    return v;
  }

  private static double[] asDoubles(Object array) {
    return switch (array) {
      case int[] a -> Arrays.stream(a).asDoubleStream().toArray();
      case long[] a -> Arrays.stream(a).asDoubleStream().toArray();
      case float[] a -> {
        double[] d = new double[a.length];
        Arrays.setAll(d, i -> a[i]);
        yield d;
      }
      case double[] a -> a;
      default -> throw new IllegalArgumentException();
    };
  }
}
