package org.coreset4j.scenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coreset4j.util.InvalidInputException;
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

}
