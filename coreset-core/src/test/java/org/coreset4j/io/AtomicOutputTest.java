package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  @Test
  void failingWriterLeavesNoFileAndNoTemporary() throws IOException {
    Path out = dir.resolve("sel.npy");
    assertThatThrownBy(() -> AtomicOutput.write(out, o -> {
      o.write(new byte[1000]);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    assertThat(files()).isEmpty();
    assertThatThrownBy(() -> AtomicOutput.write(out, o -> {
      throw new IOException("disk full");
    })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    assertThat(files()).isEmpty();
  }

  @Test
  void failureKeepsThePreviousFileIntact() throws IOException {
    Path out = dir.resolve("a.txt");
    AtomicOutput.write(out, o -> o.write("old".getBytes(StandardCharsets.US_ASCII)));
    assertThatThrownBy(() -> AtomicOutput.write(out, o -> {
      o.write("new".getBytes(StandardCharsets.US_ASCII));
      throw new IllegalArgumentException("bad");
    })).isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readString(out)).isEqualTo("old");
    assertThat(files()).containsExactly(out);
  }

  @Test
  void successReplacesTheTargetEvenWhenTheBodyClosesTheStream() throws IOException {
    Path out = dir.resolve("m.json");
    AtomicOutput.write(out, o -> o.write("1".getBytes(StandardCharsets.US_ASCII)));
    AtomicOutput.write(out, o -> {
      o.write("{\"a\": 2}".getBytes(StandardCharsets.US_ASCII));
      o.close();
    });
    assertThat(Files.readString(out)).isEqualTo("{\"a\": 2}");
    assertThat(files()).containsExactly(out);
  }

  @Test
  void missingDirectoryIsAnInputError() {
    Path out = dir.resolve("no/such/dir/sel.npy");
    assertThatThrownBy(() -> AtomicOutput.write(out, o -> { }))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(out + ": directory ")
        .hasMessageEndingWith("does not exist; create it first");
  }

  @Test
  void selectionOutputWritesTextOrInt64Npy() throws IOException {
    int[] indices = {0, 3, 17, 2_000_000_000};
    Path txt = dir.resolve("sel.txt");
    SelectionOutput.write(txt, indices, null, java.util.List.of());
    assertThat(Files.readAllLines(txt)).containsExactly("0", "3", "17", "2000000000");
    Path npy = dir.resolve("sel.npy");
    SelectionOutput.write(npy, indices, null, java.util.List.of());
    try (Tensor t = Tensors.open(npy, null)) {
      assertThat(t.dtype()).isEqualTo(DType.I64);
      assertThat(t.shape()).containsExactly(4);
    }
    assertThat(Tensors.readVector(npy, null)).containsExactly(0, 3, 17, 2_000_000_000);
  }

  @Test
  void selectionOutputRejectsOtherExtensionsNamingTheOption() throws IOException {
    Path csv = dir.resolve("sel.csv");
    assertThatThrownBy(() -> SelectionOutput.check(csv, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--out " + csv + ": unsupported extension; use .npy, .txt or .parquet");
    assertThat(files()).isEmpty();
  }
}
