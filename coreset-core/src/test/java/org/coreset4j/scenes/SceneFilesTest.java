package org.coreset4j.scenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coreset4j.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneFilesTest {
  @TempDir Path tmp;

  @Test
  void writtenSetReadsBackIdentically() throws IOException {
    try (Parallel p = new Parallel(2)) {
      SceneSet set = SceneGenerator.generate(5, 3, 16, p);
      Path dir = tmp.resolve("out");
      SceneFiles.write(set, dir, p);
      assertThat(dir.resolve("images/000004.png")).isRegularFile();
      assertThat(dir.resolve("masks/000004.png")).isRegularFile();
      assertThat(Files.readAllLines(dir.resolve(SceneFiles.CAPTIONS))).hasSize(5)
          .allMatch(line -> line.startsWith("{\"index\":"));
      try (var entries = Files.list(tmp)) {
        assertThat(entries).containsExactly(dir);
      }
      SceneSet back = SceneFiles.read(dir, p);
      assertThat(back.size()).isEqualTo(16);
      assertThat(back.rgb()).isEqualTo(set.rgb());
      assertThat(back.mask()).isEqualTo(set.mask());
      assertThat(back.depth()).isEqualTo(set.depth());
      assertThat(back.labels()).isEqualTo(set.labels());
      assertThat(back.captions()).isEqualTo(set.captions());
      assertThat(back.objects()).isEqualTo(set.objects());
    }
  }

  @Test
  void refusesANonEmptyOutputDirectory() throws IOException {
    Files.writeString(tmp.resolve("keep.txt"), "x");
    try (Parallel p = new Parallel(1)) {
      SceneSet set = SceneGenerator.generate(1, 0, 16, p);
      assertThatThrownBy(() -> SceneFiles.write(set, tmp, p)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("--out");
    }
  }

  @Test
  void npyHeaderIsAlignedAndRoundTrips() throws IOException {
    Path f = tmp.resolve("a.npy");
    float[] values = {1.5f, -2f, 3.25f, 0f, 7f, 8f};
    Npy.write(f, values, 2, 3);
    byte[] bytes = Files.readAllBytes(f);
    int headerEnd = 10 + ((bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8);
    assertThat(headerEnd % 64).isZero();
    assertThat(bytes.length).isEqualTo(headerEnd + 4 * values.length);
    assertThat(new String(bytes, 10, headerEnd - 10)).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }").endsWith("\n");
    assertThat(Npy.readFloats(f, 2, 3)).isEqualTo(values);
    Npy.write(f, new int[] {4, 5, 6}, 3);
    assertThat(Npy.readInts(f, 3)).containsExactly(4, 5, 6);
    assertThatThrownBy(() -> Npy.readInts(f, 4)).isInstanceOf(InvalidInputException.class);
  }
}
