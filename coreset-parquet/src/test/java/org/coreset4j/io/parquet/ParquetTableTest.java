package org.coreset4j.io.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.coreset4j.io.TableColumn;
import org.coreset4j.io.TableColumn.Type;
import org.coreset4j.io.TableFormat;
import org.coreset4j.io.Tables;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableTest {
  static {
    // Before any Parquet class initialises SLF4J, as the reader does.
    QuietLogging.apply();
  }

  /** Columns as other tools write them: narrow and fixed-size types, a group, a repeated field. */
  private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message samples {
        required int64 id;
        optional binary name (STRING);
        optional int32 small (INTEGER(8, true));
        optional fixed_len_byte_array(16) uid;
        optional double score;
        optional group meta { optional int32 a; }
        repeated int32 tags;
      }""");
  private static final int ROWS = 5000;

  private final TableFormat format = new ParquetTableFormat();

  @TempDir Path dir;

  private static String name(int i) {
    return i % 5 == 0 ? null : "n" + i % 7;
  }

  private static int small(int i) {
    return i % 100 - 50;
  }

  private static byte[] uid(int i) {
    return ByteBuffer.allocate(16).putLong(i).putLong(~i).array();
  }

  private static Double score(int i) {
    return i % 3 == 0 ? null : i / 4.0;
  }

  private static void fill(int i, Group g) {
    g.append("id", (long) i);
    if (name(i) != null) {
      g.append("name", name(i));
    }
    g.append("small", small(i));
    g.append("uid", Binary.fromConstantByteArray(uid(i)));
    if (score(i) != null) {
      g.append("score", score(i));
    }
    g.addGroup("meta").append("a", i);
    g.append("tags", i);
  }

  /** A file of {@link #ROWS} rows in many small row groups. */
  private Path samples() throws IOException {
    return ExampleFiles.write(dir.resolve("samples.parquet"), SCHEMA, ROWS, 4096,
        ParquetTableTest::fill);
  }

  private static TableColumn column(String name, Type type, Object... values) {
    return new TableColumn(name, type, Arrays.asList(values));
  }

  private static List<TableColumn> everyType() {
    return List.of(
        column("id", Type.INT64, 0L, null, Long.MIN_VALUE, Long.MAX_VALUE),
        column("n", Type.INT32, null, -1, Integer.MAX_VALUE, 7),
        column("score", Type.DOUBLE, 0.5, Double.NaN, null, -1e300),
        column("weight", Type.FLOAT, 1.5f, null, Float.NEGATIVE_INFINITY, -0f),
        column("kept", Type.BOOLEAN, true, false, null, true),
        column("caption", Type.STRING, "a cat", "", "naïve ☃ 😀", null),
        column("hash", Type.BINARY, new byte[] {1, 2, 3}, new byte[0], null, uid(9)));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  @Test
  void roundTripsEveryTypeWithNulls() {
    Path p = dir.resolve("out.parquet");
    format.write(p, everyType());
    assertThat(format.rows(p)).isEqualTo(4);
    assertThat(format.columns(p))
        .containsExactly("id", "n", "score", "weight", "kept", "caption", "hash");
    for (TableColumn written : everyType()) {
      TableColumn read = format.read(p, written.name());
      assertThat(read.name()).isEqualTo(written.name());
      assertThat(read.type()).isEqualTo(written.type());
      assertThat(read.values()).containsExactlyElementsOf(written.values());
    }
  }

  @Test
  void roundTripsManyRepeatedStringsAndAnEmptyTable() {
    Path p = dir.resolve("ids.parquet");
    List<Object> ids = IntStream.range(0, 20_000)
        .mapToObj(i -> i % 11 == 0 ? null : "%032x".formatted(i % 300)).map(Object.class::cast)
        .toList();
    format.write(p, List.of(new TableColumn("uid", Type.STRING, Arrays.asList(ids.toArray()))));
    assertThat(format.read(p, "uid").values()).containsExactlyElementsOf(ids);
    Path empty = dir.resolve("empty.parquet");
    format.write(empty, List.of(column("id", Type.INT64)));
    assertThat(format.rows(empty)).isZero();
    assertThat(format.read(empty, "id").values()).isEmpty();
  }

  @Test
  void readsFlatColumnsOfOtherWriters() throws IOException {
    Path p = samples();
    assertThat(format.rows(p)).isEqualTo(ROWS);
    assertThat(format.columns(p))
        .containsExactly("id", "name", "small", "uid", "score", "meta", "tags");
    TableColumn small = format.read(p, "small");
    assertThat(small.type()).isEqualTo(Type.INT32);
    assertThat(small.values()).containsExactlyElementsOf(
        IntStream.range(0, ROWS).mapToObj(ParquetTableTest::small).toList());
    TableColumn uid = format.read(p, "uid");
    assertThat(uid.type()).isEqualTo(Type.BINARY);
    assertThat(uid.values()).containsExactlyElementsOf(
        IntStream.range(0, ROWS).mapToObj(ParquetTableTest::uid).toList());
    assertThat(format.read(p, "name").values()).containsExactlyElementsOf(
        IntStream.range(0, ROWS).mapToObj(ParquetTableTest::name).toList());
    assertThat(format.read(p, "id").values()).containsExactlyElementsOf(
        IntStream.range(0, ROWS).mapToObj(i -> (Object) (long) i).toList());
  }

  @Test
  void readsSelectedRowsAcrossRowGroups() throws IOException {
    Path p = samples();
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(p))) {
      assertThat(reader.getRowGroups()).hasSizeGreaterThan(3);
    }
    int[] tenth = IntStream.concat(IntStream.range(0, ROWS).filter(i -> i % 10 == 3),
        IntStream.of(ROWS - 1)).toArray();
    // The first and last row only: every row group between them is skipped.
    for (int[] rows : List.of(tenth, new int[] {1, ROWS - 2}, new int[0])) {
      List<TableColumn> read = format.read(p, List.of("score", "name", "uid", "id"), rows);
      assertThat(read).extracting(TableColumn::name).containsExactly("score", "name", "uid", "id");
      assertThat(read.get(0).values()).containsExactlyElementsOf(
          Arrays.stream(rows).mapToObj(ParquetTableTest::score).toList());
      assertThat(read.get(1).values()).containsExactlyElementsOf(
          Arrays.stream(rows).mapToObj(ParquetTableTest::name).toList());
      assertThat(read.get(2).values()).containsExactlyElementsOf(
          Arrays.stream(rows).mapToObj(ParquetTableTest::uid).toList());
      assertThat(read.get(3).values()).containsExactlyElementsOf(
          Arrays.stream(rows).mapToObj(i -> (Object) (long) i).toList());
    }
  }

  @Test
  void rowsOutsideTheFileOrOutOfOrderAreErrors() throws IOException {
    Path p = samples();
    assertThatThrownBy(() -> format.read(p, List.of("id"), new int[] {4, ROWS}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ": row 5000 is not among the file's 5000 rows");
    assertThatThrownBy(() -> format.read(p, List.of("id"), new int[] {4, 4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must be ascending, but 4 follows 4");
  }

  @Test
  void missingColumnNamesTheColumnsThereAre() throws IOException {
    Path p = samples();
    String message = p + ":vec: no column vec; columns are id, name, small, uid, score, meta, tags";
    assertThatThrownBy(() -> format.read(p, "vec"))
        .isInstanceOf(InvalidInputException.class).hasMessage(message);
    assertThatThrownBy(() -> format.read(p, List.of("id", "vec"), new int[] {1}))
        .isInstanceOf(InvalidInputException.class).hasMessage(message);
  }

  @Test
  void nestedOrRepeatedColumnsAreErrors() throws IOException {
    Path p = samples();
    assertThatThrownBy(() -> format.read(p, "meta"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ":meta: column is nested or repeated (it is optional group meta "
            + "{ optional int32 a; }); only flat columns are supported");
    assertThatThrownBy(() -> format.read(p, "tags"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ":tags: column is nested or repeated (it is repeated int32 tags); only "
            + "flat columns are supported");
  }

  @Test
  void notAParquetFileIsAnInputError() throws IOException {
    Path p = Files.write(dir.resolve("junk.parquet"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    assertThatThrownBy(() -> format.columns(p))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(p + ": cannot read as parquet")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void writeLeavesOnlyTheFile() throws IOException {
    Path p = dir.resolve("out.parquet");
    format.write(p, everyType());
    format.write(p, everyType().subList(0, 2));
    assertThat(files()).containsExactly(p);
    assertThat(format.columns(p)).containsExactly("id", "n");
  }

  @Test
  void failedWriteKeepsTheExistingFileAndLeavesNoTemporaryFile() throws IOException {
    Path p = dir.resolve("out.parquet");
    format.write(p, everyType());
    byte[] before = Files.readAllBytes(p);
    assertThatThrownBy(() -> format.write(p, List.of(column("id", Type.INT64, 1L),
        column("n", Type.INT32, 1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column n has 2 values but id has 1");
    assertThat(Files.readAllBytes(p)).isEqualTo(before);
    // The file is written in full, then cannot replace a folder that holds a file.
    Path folder = Files.createDirectory(dir.resolve("folder.parquet"));
    Files.writeString(folder.resolve("part"), "kept");
    assertThatThrownBy(() -> format.write(folder, everyType()))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(files()).containsExactlyInAnyOrder(p, folder);
    assertThat(folder.resolve("part")).hasContent("kept");
  }

  @Test
  void tablesFindsTheFormatByExtension() {
    Path p = dir.resolve("Selected.PARQUET");
    assertThat(Tables.handles(p)).isTrue();
    assertThat(Tables.of(p, "--out")).isInstanceOf(ParquetTableFormat.class);
  }
}
