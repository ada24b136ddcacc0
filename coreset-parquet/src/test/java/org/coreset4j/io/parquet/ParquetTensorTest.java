package org.coreset4j.io.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coreset4j.io.TestFiles.readAll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.coreset4j.io.DType;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.io.TestFiles;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTensorTest {
  static {
    // Before any Parquet class initialises SLF4J, as the reader does.
    QuietLogging.apply();
  }

  private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message embeddings {
        required int64 id;
        optional group emb (LIST) { repeated group list { optional float element; } }
        required group wide (LIST) { repeated group list { required double element; } }
        repeated float legacy;
        required float scalar;
      }""");

  @TempDir Path dir;

  /** Row i: emb = [i, i + 0.5, -i], wide = [i / 3.0, 1], legacy = [i], scalar = i. */
  private static void fill(int i, Group g) {
    g.append("id", (long) i);
    Group emb = g.addGroup("emb");
    for (float v : new float[] {i, i + 0.5f, -i}) {
      emb.addGroup("list").append("element", v);
    }
    Group wide = g.addGroup("wide");
    wide.addGroup("list").append("element", i / 3.0);
    wide.addGroup("list").append("element", 1.0);
    g.append("legacy", (float) i);
    g.append("scalar", (float) i);
  }

  private Path write(String name, int rows, int rowGroupBytes, BiConsumer<Integer, Group> fill)
      throws IOException {
    return ExampleFiles.write(dir.resolve(name), SCHEMA, rows, rowGroupBytes, fill);
  }

  @Test
  void readsFloatListColumnAcrossRowGroups() throws IOException {
    Path p = write("e.parquet", 5000, 4096, ParquetTensorTest::fill);
    try (Tensor t = Tensors.open(p, "emb")) {
      assertThat(t.key()).isEqualTo("emb");
      assertThat(t.dtype()).isEqualTo(DType.F32);
      assertThat(t.shape()).containsExactly(5000, 3);
      float[] all = readAll(t);
      for (int i = 0; i < 5000; i++) {
        assertThat(new float[] {all[3 * i], all[3 * i + 1], all[3 * i + 2]})
            .containsExactly(i, i + 0.5f, -i);
      }
      assertThat(t.fileSize()).isEqualTo(p.toFile().length());
    }
  }

  @Test
  void readsDoubleListsAndLegacyRepeatedColumns() throws IOException {
    Path p = write("d.parquet", 10, 1 << 20, ParquetTensorTest::fill);
    try (Tensor t = Tensors.open(p, "wide")) {
      assertThat(t.dtype()).isEqualTo(DType.F64);
      assertThat(t.shape()).containsExactly(10, 2);
      float[] row = new float[2];
      t.readRows(7, 1, row);
      assertThat(row).containsExactly((float) (7 / 3.0), 1f);
    }
    try (Tensor t = Tensors.open(p, "legacy")) {
      assertThat(t.shape()).containsExactly(10, 1);
      assertThat(readAll(t)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
  }

  @Test
  void rowsOfDifferentLengthNameTheFirstBadRow() throws IOException {
    Path p = write("ragged.parquet", 6, 1 << 20, (i, g) -> {
      fill(i, g);
      if (i >= 4) {
        g.getGroup("emb", 0).addGroup("list").append("element", 9f);
      }
    });
    assertThatThrownBy(() -> Tensors.open(p, "emb"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ":emb: row 4 has 4 values but row 0 has 3; all rows must have the same length");
  }

  @Test
  void nullRowsAndNullElementsAreErrors() throws IOException {
    SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
    Path nullRow = write("nullrow.parquet", 4, 1 << 20, (i, g) -> {
      Group full = groups.newGroup();
      fill(i, full);
      g.append("id", (long) i);
      if (i != 2) {
        g.add("emb", full.getGroup("emb", 0));
      }
      g.add("wide", full.getGroup("wide", 0));
      g.append("scalar", 1f);
    });
    assertThatThrownBy(() -> Tensors.open(nullRow, "emb"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(nullRow + ":emb: row 2 is null; every row needs an embedding");
    Path nullElement = write("nullelem.parquet", 3, 1 << 20, (i, g) -> {
      fill(i, g);
      if (i == 1) {
        g.getGroup("emb", 0).addGroup("list");
      }
    });
    assertThatThrownBy(() -> Tensors.open(nullElement, "emb"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(nullElement + ":emb: row 1 holds a null element; fill or drop it");
  }

  @Test
  void missingOrNonListColumnsAreErrors() throws IOException {
    Path p = write("s.parquet", 3, 1 << 20, ParquetTensorTest::fill);
    assertThatThrownBy(() -> Tensors.open(p, "vec"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ":vec: no column named 'vec'; available: [id, emb, wide, legacy, scalar]");
    assertThatThrownBy(() -> Tensors.open(p, "scalar"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            p + ":scalar: column is not a list of float or double (it is required float scalar");
    assertThatThrownBy(() -> Tensors.open(p, "id"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(p + ":id: column is not a list of float or double");
    assertThatThrownBy(() -> Tensors.open(p, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ": holds 5 columns [id, emb, wide, legacy, scalar]; choose the embedding "
            + "column with PATH:COLUMN");
  }

  @Test
  void notAParquetFileIsAnInputError() {
    Path p = TestFiles.write(dir.resolve("junk.parquet"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    assertThatThrownBy(() -> Tensors.open(p, "emb"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(p + ":emb: cannot read as parquet")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
