package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coreset4j.cli.common.ExitCodes;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.scenes.Corruption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScenesNoisyCommandTest {
  @TempDir Path tmp;

  private static int run(StringWriter err, String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void noisyScenesWriteTheirGroundTruthAndEmbed() throws Exception {
    Path scenes = tmp.resolve("scenes");
    Path emb = tmp.resolve("emb");
    StringWriter err = new StringWriter();
    assertThat(run(err, "scenes", "--noisy", "--count", "40", "--size", "16", "--seed", "3", "--threads", "2",
        "--out", scenes.toString())).as(err.toString()).isZero();
    try (Tensor t = Tensors.open(scenes.resolve("corruption.npy"), null)) {
      assertThat(t.shape()).containsExactly(40, 2);
      float[] rows = Tensors.readMatrix(t).toArray();
      int corrupted = 0;
      for (int i = 0; i < 40; i++) {
        corrupted += rows[2 * i] != 0 ? 1 : 0;
      }
      assertThat(corrupted).isEqualTo(4 + 4 + 2 + 2 + 2);
    }
    JsonNode meta = new ObjectMapper().readTree(scenes.resolve("corruption.json").toFile());
    assertThat(meta.get("counts").get("misaligned").asInt()).isEqualTo(4);
    assertThat(meta.get("counts").get("clean").asInt()).isEqualTo(26);
    assertThat(meta.get("codes").get("duplicate").asInt()).isEqualTo(4);
    assertThat(meta.get("options").get("long_tail").asDouble()).isEqualTo(Corruption.NOISY_LONG_TAIL);
    assertThat(meta.get("concepts")).hasSize(24);
    assertThat(run(err, "embed", "--scenes", scenes.toString(), "--out", emb.toString(), "--dim", "8"))
        .as(err.toString()).isZero();
    assertThat(emb.resolve("text.npy")).isRegularFile();
  }

  @Test
  void explicitOptionsOverrideThePresetAndCleanScenesHaveNoGroundTruthFiles() throws Exception {
    Path noisy = tmp.resolve("noisy");
    StringWriter err = new StringWriter();
    assertThat(run(err, "scenes", "--noisy", "--misaligned", "0", "--long-tail", "0", "--count", "20", "--size", "8",
        "--out", noisy.toString())).as(err.toString()).isZero();
    JsonNode meta = new ObjectMapper().readTree(noisy.resolve("corruption.json").toFile());
    assertThat(meta.get("counts").get("misaligned").asInt()).isZero();
    assertThat(meta.get("counts").get("wrong_attribute").asInt()).isEqualTo(2);
    assertThat(meta.has("concepts")).isFalse();
    Path clean = tmp.resolve("clean");
    assertThat(run(err, "scenes", "--count", "5", "--size", "8", "--out", clean.toString())).isZero();
    assertThat(clean.resolve("corruption.npy")).doesNotExist();
    assertThat(clean.resolve("corruption.json")).doesNotExist();
  }

  @Test
  void badCorruptionOptionsExitWithCodeTwoNamingTheOptionAndWriteNothing() {
    Path out = tmp.resolve("none");
    String[][] cases = {
        {"--misaligned", "1.5", "--misaligned 1.5"},
        {"--wrong-attribute", "-0.1", "--wrong-attribute -0.1"},
        {"--long-tail", "11", "--long-tail 11"},
        {"--low-quality", "x", "--low-quality"},
    };
    for (String[] c : cases) {
      StringWriter err = new StringWriter();
      assertThat(run(err, "scenes", "--count", "10", "--size", "8", c[0], c[1], "--out", out.toString()))
          .as(c[0]).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(err.toString()).contains(c[2]);
      assertThat(err.toString().strip().lines().count()).as(err.toString()).isEqualTo(1);
    }
    StringWriter err = new StringWriter();
    assertThat(run(err, "scenes", "--count", "10", "--size", "8", "--duplicates", "0.6", "--near-duplicates", "0.6",
        "--out", out.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).contains("--near-duplicates 0.6, --duplicates 0.6");
    assertThat(Files.exists(out)).isFalse();
  }
}
