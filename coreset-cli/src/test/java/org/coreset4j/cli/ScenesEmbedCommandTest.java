package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScenesEmbedCommandTest {
  @TempDir Path tmp;

  private static int run(StringWriter err, String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void scenesThenEmbedWriteTheDocumentedFiles() {
    Path scenes = tmp.resolve("scenes");
    Path emb = tmp.resolve("emb");
    StringWriter err = new StringWriter();
    assertThat(run(err, "scenes", "--count", "3", "--size", "16", "--seed", "4", "--out", scenes.toString()))
        .as(err.toString()).isZero();
    for (String f : new String[] {"images/000002.png", "masks/000002.png", "depth.npy", "labels.npy", "captions.jsonl"}) {
      assertThat(scenes.resolve(f)).isRegularFile();
    }
    assertThat(run(err, "embed", "--scenes", scenes.toString(), "--out", emb.toString(), "--dim", "8"))
        .as(err.toString()).isZero();
    assertThat(emb.resolve("image.npy")).isRegularFile();
    assertThat(emb.resolve("mask.npy")).isRegularFile();
    assertThat(emb.resolve("text.npy")).isRegularFile();
  }

  @Test
  void badOptionsExitWithCodeTwoAndWriteNothing() {
    StringWriter err = new StringWriter();
    Path out = tmp.resolve("none");
    assertThat(run(err, "scenes", "--count", "0", "--out", out.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).contains("--count 0");
    assertThat(run(err, "embed", "--scenes", tmp.resolve("missing").toString(), "--out", out.toString()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run(err, "scenes", "--count", "2", "--size", "3", "--out", out.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(Files.exists(out)).isFalse();
  }
}
