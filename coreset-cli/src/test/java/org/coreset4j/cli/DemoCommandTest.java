package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {
  @Test
  void scenesAreNoisyUnlessCleanIsGiven() {
    DemoCommand byDefault = new DemoCommand();
    new CommandLine(byDefault).parseArgs();
    assertThat(byDefault.clean).isFalse();
    DemoCommand clean = new DemoCommand();
    new CommandLine(clean).parseArgs("--clean", "--scenes", "300");
    assertThat(clean.clean).isTrue();
    assertThat(clean.scenes).isEqualTo(300);
  }
}
