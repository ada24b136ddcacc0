package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleIdsTest {
  @TempDir Path dir;

  private static byte[] longs(long... v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (long x : v) {
      b.putLong(x);
    }
    return b.array();
  }

  private Path npy(String name, String dict, byte[] data) {
    return TestFiles.write(dir.resolve(name), TestFiles.npy(dict, data));
  }

  @Test
  void readsInt64AndUint64PairsAndDataCompStructuredUids() {
    SampleIds ints = IdReaders.read(npy("i.npy", TestFiles.dict("<i8", "(3,)"), longs(5, -1, 1L << 60)), null);
    assertThat(ints.kind()).isEqualTo(SampleIds.Kind.INT64);
    assertThat(List.of(ints.text(0), ints.text(1), ints.text(2))).containsExactly("5", "-1", "1152921504606846976");
    SampleIds pairs = IdReaders.read(npy("p.npy", TestFiles.dict("<u8", "(2, 2)"), longs(-1, 2, 0, 3)), null);
    assertThat(pairs.kind()).isEqualTo(SampleIds.Kind.UID128);
    assertThat(pairs.text(0)).isEqualTo("ffffffffffffffff0000000000000002");
    SampleIds structured = IdReaders.read(npy("s.npy",
        "{'descr': [('f0', '<u8'), ('f1', '<u8')], 'fortran_order': False, 'shape': (2,), }", longs(1, 2, 3, 4)), null);
    assertThat(structured.text(1)).isEqualTo("00000000000000030000000000000004");
  }

  @Test
  void readsNumpyStringsAndHexUids() {
    ByteBuffer u = ByteBuffer.allocate(2 * 3 * 4).order(ByteOrder.LITTLE_ENDIAN);
    "ab".codePoints().forEach(u::putInt);
    u.putInt(0);
    "xé".codePoints().forEach(u::putInt);
    u.putInt(0);
    SampleIds s = IdReaders.read(npy("u.npy", TestFiles.dict("<U3", "(2,)"), u.array()), null);
    assertThat(s.kind()).isEqualTo(SampleIds.Kind.STRING);
    assertThat(List.of(s.text(0), s.text(1))).containsExactly("ab", "xé");
    SampleIds hex = SampleIds.strings("uid", new String[] {"139e4a9b22a614771f06c700a8ebe150",
        "6E356964A967AF455C8016B75D691203"});
    assertThat(hex.kind()).isEqualTo(SampleIds.Kind.UID128);
    assertThat(hex.uidHalf(0, 0)).isEqualTo(Long.parseUnsignedLong("139e4a9b22a61477", 16));
    assertThat(hex.text(1)).isEqualTo("6e356964a967af455c8016b75d691203");
  }

  @Test
  void readsTextJsonAndJsonLines() throws Exception {
    Path txt = Files.writeString(dir.resolve("ids.txt"), "a\nb\nc\n");
    assertThat(IdReaders.read(txt, null).text(2)).isEqualTo("c");
    Path json = Files.writeString(dir.resolve("llava.json"),
        "[{\"id\": \"000001\", \"conversations\": [{\"from\": \"human\"}]}, {\"image\": \"x\", \"id\": 7}]");
    SampleIds j = IdReaders.read(json, null);
    assertThat(j.kind()).isEqualTo(SampleIds.Kind.STRING);
    assertThat(List.of(j.text(0), j.text(1))).containsExactly("000001", "7");
    Path jsonl = Files.writeString(dir.resolve("d.jsonl"), "{\"key\": 3}\n{\"key\": 4, \"o\": {\"key\": 9}}\n");
    SampleIds l = IdReaders.read(jsonl, "key");
    assertThat(l.kind()).isEqualTo(SampleIds.Kind.INT64);
    assertThat(l.int64(1)).isEqualTo(4);
    Path missing = Files.writeString(dir.resolve("m.json"), "[{\"id\": 1}, {\"other\": 2}]");
    assertThatThrownBy(() -> IdReaders.read(missing, null)).isInstanceOf(InvalidInputException.class)
        .hasMessage(missing + ":id: item 1 has no field id");
  }

  @Test
  void shardedIdsConcatenateInNaturalOrder() throws Exception {
    Path d = Files.createDirectories(dir.resolve("ids"));
    Files.writeString(d.resolve("part_10.txt"), "z\n");
    Files.writeString(d.resolve("part_9.txt"), "y\n");
    SampleIds ids = IdReaders.read(d, null);
    assertThat(List.of(ids.text(0), ids.text(1))).containsExactly("y", "z");
  }

  @Test
  void repeatedIdsAreNamedWithBothRows() {
    SampleIds ids = SampleIds.int64("id", new long[] {4, 9, 2, 9, 4});
    assertThatThrownBy(() -> ids.requireUnique("--ids x.npy")).isInstanceOf(InvalidInputException.class)
        .hasMessage("--ids x.npy: id 9 appears at rows 1 and 3; sample ids must be unique");
  }

  @Test
  void writesIdsAsTheirOwnTypeAndUidsInDataCompsSortedFormat() throws Exception {
    SampleIds uids = SampleIds.uid128("uid", new long[] {-1, 0, 5, 1, 5, 0});
    Path out = dir.resolve("sub.npy");
    SelectionOutput.write(out, new int[] {0, 1, 2}, uids, List.of());
    SampleIds back = IdReaders.read(out, null);
    assertThat(List.of(back.text(0), back.text(1), back.text(2))).containsExactly(
        "00000000000000050000000000000000", "00000000000000050000000000000001", "ffffffffffffffff0000000000000000");
    assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1)).contains("[('f0', '<u8'), ('f1', '<u8')]");
    SampleIds strings = SampleIds.strings("id", new String[] {"a", "longer", "é"});
    Path s = dir.resolve("s.npy");
    SelectionOutput.write(s, new int[] {1, 2}, strings, List.of());
    SampleIds read = IdReaders.read(s, null);
    assertThat(List.of(read.text(0), read.text(1))).containsExactly("longer", "é");
    Path t = dir.resolve("s.txt");
    SelectionOutput.write(t, new int[] {0, 2}, strings, List.of());
    assertThat(Files.readAllLines(t)).containsExactly("a", "é");
    Path i = dir.resolve("i.npy");
    SelectionOutput.write(i, new int[] {1}, SampleIds.int64("id", new long[] {10, 1L << 62}), List.of());
    assertThat(IdReaders.read(i, null).int64(0)).isEqualTo(1L << 62);
  }

  @Test
  void keptColumnsNeedATableOutput() {
    assertThatThrownBy(() -> SelectionOutput.check(dir.resolve("x.npy"), true)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--keep-columns needs a table output");
  }

  @Test
  void keysAreInt64IdsOrTheSha256PrefixOfTheText() {
    assertThat(SampleIds.int64("id", new long[] {7, -3}).keys("--ids")).containsExactly(7, -3);
    // int.from_bytes(sha256(t.encode()).digest()[:8], 'big', signed=True) in Python
    assertThat(SampleIds.strings("id", new String[] {"llava_0001", "x"}).keys("--ids")[0])
        .isEqualTo(-7251331128289849803L);
    long uid = 4517599999261404022L;
    assertThat(SampleIds.strings("uid", new String[] {"0123456789ABCDEF0123456789abcdef"}).keys("--ids"))
        .containsExactly(uid);
    assertThat(SampleIds.key("0123456789abcdef0123456789ABCDEF")).isEqualTo(uid);
    assertThatThrownBy(() -> SampleIds.strings("id", new String[] {"0123456789abcdef0123456789abcdef", "a",
        "0123456789ABCDEF0123456789ABCDEF"}).keys("--ids ids.txt"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--ids ids.txt: ids ")
        .hasMessageContaining("share the 64-bit key");
  }
}
