package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coreset4j.params.MethodOptions;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;

/** spark-select passes no side inputs, so a method configured to read one is refused up front. */
class MethodSpecTest {
  @Test
  void aMethodThatWouldReadASideInputIsRefusedNamingIt() {
    assertThatThrownBy(() -> MethodSpec.of("dq", MethodOptions.of("similarity", "crossmodal", "pair", "a,b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--pair is not supported by spark-select: --method dq");
    assertThat(MethodSpec.of("dq", MethodOptions.of("bins", "5")).asMap()).containsEntry("bins", "5");
  }
}
