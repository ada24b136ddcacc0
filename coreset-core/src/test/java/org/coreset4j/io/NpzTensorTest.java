package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coreset4j.io.TestFiles.dict;
import static org.coreset4j.io.TestFiles.encode;
import static org.coreset4j.io.TestFiles.npy;
import static org.coreset4j.io.TestFiles.readAll;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.NdArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzTensorTest {
  @TempDir Path dir;

  private static final byte[] F16_ARRAY = npy(dict("<f2", "(2, 2)"), encode("f2", 1, 2, 3, 4.5));
  private static final byte[] F64_ARRAY = npy(dict("<f8", "(3,)"), encode("f8", 0.1, 0.2, 0.3));

  @Test
  void writerOutputIsReadBackByKey() {
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    arrays.put("order", NdArray.of(new long[] {5, 2, 9}));
    arrays.put("gain", NdArray.of(new double[] {3.5, 1.25, 0}));
    arrays.put("centroids", new NdArray(new float[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3}));
    arrays.put("removed", NdArray.of(new boolean[] {true, false}));
    Path p = dir.resolve("diag.npz");
    NpzWriter.write(p, arrays);
    assertThat(Tensors.readVector(p, "order")).containsExactly(5, 2, 9);
    assertThat(Tensors.readVector(p, "gain")).containsExactly(3.5, 1.25, 0);
    try (Tensor t = Tensors.open(p, "centroids")) {
      assertThat(t.key()).isEqualTo("centroids");
      assertThat(t.shape()).containsExactly(2, 3);
      assertThat(t.dtype()).isEqualTo(DType.F32);
      assertThat(readAll(t)).containsExactly(1, 2, 3, 4, 5, 6);
    }
    try (Tensor t = Tensors.open(p, "removed")) {
      assertThat(t.dtype()).isEqualTo(DType.BOOL);
      assertThat(readAll(t)).containsExactly(1, 0);
    }
  }

  @Test
  void storedEntriesOfJavaZipAreMappedAndSingleArrayNeedsNoKey() throws IOException {
    Path p = zip("one.npz", ZipEntry.STORED, Map.of("emb", F16_ARRAY));
    try (Tensor t = Tensors.open(p, null)) {
      assertThat(t.key()).isEqualTo("emb");
      assertThat(t.dtype()).isEqualTo(DType.F16);
      assertThat(readAll(t)).containsExactly(1, 2, 3, 4.5f);
    }
  }

  @Test
  void deflatedEntriesAreInflatedToATemporaryFileDeletedOnClose() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a", F16_ARRAY);
    entries.put("b", F64_ARRAY);
    Path p = zip("compressed.npz", ZipEntry.DEFLATED, entries);
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = temporaries(tmp);
    try (Tensor t = Tensors.open(p, "b")) {
      assertThat(t.shape()).containsExactly(3);
      assertThat(readAll(t)).containsExactly(0.1f, 0.2f, 0.3f);
      assertThat(temporaries(tmp)).hasSize(before.size() + 1);
    }
    assertThat(temporaries(tmp)).containsExactlyInAnyOrderElementsOf(before);
    assertThat(Tensors.readVector(p, "b")).containsExactly(0.1, 0.2, 0.3);
  }

  @Test
  void largeDeflatedEntryInflatesAcrossManyBuffers() throws IOException {
    double[] values = new double[400_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 1000 * 0.5;
    }
    byte[] array = npy(dict("<f8", "(400000,)"), encode("f8", values));
    Path p = zip("big.npz", ZipEntry.DEFLATED, Map.of("x", array));
    assertThat(Tensors.readVector(p, null)).isEqualTo(values);
  }

  @Test
  void zip64SizesAndOffsetsInTheCentralDirectoryAreHonoured() {
    Path p = TestFiles.write(dir.resolve("z64.npz"), zip64("emb.npy", F64_ARRAY));
    try (Tensor t = Tensors.open(p, "emb")) {
      assertThat(readAll(t)).containsExactly(0.1f, 0.2f, 0.3f);
    }
  }

  @Test
  void unknownKeyListsAvailableArrays() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("image", F16_ARRAY);
    entries.put("text", F64_ARRAY);
    Path p = zip("two.npz", ZipEntry.STORED, entries);
    assertThatThrownBy(() -> Tensors.open(p, "audio"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ":audio: no array named 'audio'; available: [image, text]");
    assertThatThrownBy(() -> Tensors.open(p, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ": holds 2 arrays [image, text]; choose one with PATH:KEY");
  }

  @Test
  void truncatedArchiveIsAnInputError() throws IOException {
    Path p = zip("cut.npz", ZipEntry.STORED, Map.of("a", F64_ARRAY));
    byte[] bytes = Files.readAllBytes(p);
    Path cut = TestFiles.write(dir.resolve("cut2.npz"), Arrays.copyOf(bytes, bytes.length - 30));
    assertThatThrownBy(() -> Tensors.open(cut, "a"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(cut + ": ")
        .hasMessageContaining("truncated");
  }

  private Path zip(String name, int method, Map<String, byte[]> entries) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
        entry.setMethod(method);
        if (method == ZipEntry.STORED) {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return p;
  }

  /**
   * A one-entry stored zip whose central directory saturates sizes and offset to 0xFFFFFFFF and
   * carries them in a zip64 extra field, with zip64 end records, as written for entries over 4 GiB.
   */
  private static byte[] zip64(String name, byte[] data) {
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(data);
    ByteBuffer b = ByteBuffer.allocate(1024 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0x04034b50).putShort((short) 45).putShort((short) 0).putShort((short) 0).putInt(0)
        .putInt((int) crc.getValue()).putInt(-1).putInt(-1).putShort((short) n.length).putShort((short) 20)
        .put(n).putShort((short) 1).putShort((short) 16).putLong(data.length).putLong(data.length)
        .put(data);
    long central = b.position();
    b.putInt(0x02014b50).putShort((short) 45).putShort((short) 45).putShort((short) 0).putShort((short) 0)
        .putInt(0).putInt((int) crc.getValue()).putInt(-1).putInt(-1).putShort((short) n.length)
        .putShort((short) 28).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
        .putInt(-1).put(n).putShort((short) 1).putShort((short) 24).putLong(data.length)
        .putLong(data.length).putLong(0);
    long centralSize = b.position() - central;
    long end64 = b.position();
    b.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
        .putLong(1).putLong(1).putLong(centralSize).putLong(central);
    b.putInt(0x07064b50).putInt(0).putLong(end64).putInt(1);
    b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) -1).putShort((short) -1)
        .putInt(-1).putInt(-1).putShort((short) 0);
    return Arrays.copyOf(b.array(), b.position());
  }

  private static List<Path> temporaries(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(f -> f.getFileName().toString().startsWith("coreset4j-")).toList();
    }
  }
}
