package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coreset4j.io.TestFiles.concat;
import static org.coreset4j.io.TestFiles.encode;
import static org.coreset4j.io.TestFiles.readAll;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafetensorsTensorTest {
  @TempDir Path dir;

  /** A safetensors file: u64 header length, the JSON header, then the data. */
  static byte[] safetensors(String json, byte[] data) {
    byte[] header = json.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length);
    return concat(b.array(), header, data);
  }

  @ParameterizedTest
  @CsvSource({"F16, f2, F16", "BF16, bf16, BF16", "F32, f4, F32", "F64, f8, F64"})
  void readsEveryFloatDtype(String name, String code, DType dtype) {
    double[] values = {1, -2.5, 0.375, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    byte[] data = encode(code, values);
    String json = "{\"__metadata__\": {\"format\": \"pt\"}, \"emb\": {\"dtype\": \"" + name
        + "\", \"shape\": [2, 3, 2], \"data_offsets\": [0, " + data.length + "]}}";
    Path p = TestFiles.write(dir.resolve("m.safetensors"), safetensors(json, data));
    try (Tensor t = Tensors.open(p, null)) {
      assertThat(t.key()).isEqualTo("emb");
      assertThat(t.dtype()).isEqualTo(dtype);
      assertThat(t.shape()).containsExactly(2, 3, 2);
      float[] row = new float[6];
      t.readRows(1, 1, row);
      assertThat(row).containsExactly(7, 8, 9, 10, 11, 12);
      t.readRows(0, 1, row);
      assertThat(row).containsExactly(1, -2.5f, 0.375f, 4, 5, 6);
    }
  }

  @Test
  void selectsTensorByNameAtItsDataOffset() {
    byte[] a = encode("f4", 1, 2);
    byte[] b = encode("f4", 3, 4, 5, 6);
    String json = "{\"a\": {\"dtype\": \"F32\", \"shape\": [2, 1], \"data_offsets\": [0, 8]},"
        + " \"b\": {\"dtype\": \"F32\", \"shape\": [2, 2], \"data_offsets\": [8, 24]}}";
    Path p = TestFiles.write(dir.resolve("two.safetensors"), safetensors(json, concat(a, b)));
    try (Tensor t = Tensors.open(p, "b")) {
      assertThat(readAll(t)).containsExactly(3, 4, 5, 6);
    }
    assertThatThrownBy(() -> Tensors.open(p, "c"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ":c: no tensor named 'c'; available: [a, b]");
    assertThatThrownBy(() -> Tensors.open(p, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ": holds 2 tensors [a, b]; choose one with PATH:KEY");
  }

  @Test
  void rejectsTruncatedDataAndBadHeaders() {
    String json = "{\"x\": {\"dtype\": \"F32\", \"shape\": [4], \"data_offsets\": [0, 16]}}";
    Path cut = TestFiles.write(dir.resolve("cut.safetensors"), safetensors(json, encode("f4", 1, 2)));
    assertThatThrownBy(() -> Tensors.open(cut, "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(cut + ":x: file is truncated");
    Path junk = TestFiles.write(dir.resolve("junk.safetensors"), safetensors("{nope", new byte[0]));
    assertThatThrownBy(() -> Tensors.open(junk, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(junk + ": bad safetensors header: invalid JSON");
    String i16 = "{\"x\": {\"dtype\": \"I16\", \"shape\": [1], \"data_offsets\": [0, 2]}}";
    Path wrongType = TestFiles.write(dir.resolve("i16.safetensors"), safetensors(i16, new byte[2]));
    assertThatThrownBy(() -> Tensors.open(wrongType, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(wrongType + ":x: unsupported dtype 'I16'; use F16, BF16, F32 or F64");
    String mismatch = "{\"x\": {\"dtype\": \"F32\", \"shape\": [3], \"data_offsets\": [0, 8]}}";
    Path bad = TestFiles.write(dir.resolve("bad.safetensors"), safetensors(mismatch, new byte[8]));
    assertThatThrownBy(() -> Tensors.open(bad, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("needs 12 bytes but data_offsets span 8");
    Path tiny = TestFiles.write(dir.resolve("tiny.safetensors"), new byte[3]);
    assertThatThrownBy(() -> Tensors.open(tiny, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(tiny + ": file is truncated: no safetensors header");
  }
}
