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

  @Test
  void aRunThatNamesItsCommandBuildsThatOneAloneWithTheSameOptions() {
    CommandLine all = Main.commandLine();
    for (String name : all.getSubcommands().keySet()) {
      CommandLine lazy = Main.commandLine(new String[] {name, "--help"});
      if (name.equals("help")) {
        assertThat(lazy.getSubcommands()).hasSameSizeAs(all.getSubcommands());
        continue;
      }
      assertThat(lazy.getSubcommands()).containsOnlyKeys(name);
      assertThat(lazy.getSubcommands().get(name).getUsageMessage()).isEqualTo(all.getSubcommands().get(name).getUsageMessage());
    }
    assertThat(Main.commandLine(new String[] {"no-such-command"}).getSubcommands()).hasSameSizeAs(all.getSubcommands());
  }

  private static void render(CommandLine cl) {
    assertThat(cl.getUsageMessage()).isNotBlank();
    cl.getSubcommands().values().forEach(HelpTextTest::render);
  }
}
