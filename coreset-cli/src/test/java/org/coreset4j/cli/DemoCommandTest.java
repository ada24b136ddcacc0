package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coreset4j.demo.DemoOptions;
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
    assertThat(clean.options().scenes()).isEqualTo(300);
  }

  @Test
  void quickIsASmallerSettingThatOwnOptionsOverride() {
    DemoCommand normal = new DemoCommand();
    new CommandLine(normal).parseArgs();
    assertThat(normal.options().fractions()).isEqualTo(DemoOptions.DEFAULT_FRACTIONS);
    assertThat(normal.options().seeds()).isEqualTo(10);
    DemoCommand quick = new DemoCommand();
    new CommandLine(quick).parseArgs("--quick", "--seeds", "3");
    assertThat(quick.options().scenes()).isEqualTo(1000);
    assertThat(quick.options().fractions()).containsExactly(0.1, 0.2);
    assertThat(quick.options().seeds()).isEqualTo(3);
    DemoCommand one = new DemoCommand();
    new CommandLine(one).parseArgs("--fraction", "0.3,0.1,0.1");
    assertThat(one.options().fractions()).isEqualTo(List.of(0.1, 0.3));
    assertThat(one.options().headline()).isEqualTo(0.1);
  }
}
