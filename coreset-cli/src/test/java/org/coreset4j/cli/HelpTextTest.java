package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders without picocli warnings (an unescaped % in a description is one). */
class HelpTextTest {
  @Test
  void everyUsageMessageRendersCleanly() {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      render(Main.commandLine());
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
  }

  private static void render(CommandLine cl) {
    assertThat(cl.getUsageMessage()).isNotBlank();
    cl.getSubcommands().values().forEach(HelpTextTest::render);
  }
}
