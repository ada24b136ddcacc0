package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coreset4j.params.MethodOptions;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * spark-select passes --pair and --target only to the methods distributed as per-sample scores,
 * so another method configured to read a side input is refused up front.
 */
class MethodSpecTest {
  @Test
  void aMethodThatWouldReadASideInputIsRefusedNamingIt() {
    assertThatThrownBy(() -> MethodSpec.of("dq", MethodOptions.of("similarity", "crossmodal", "pair", "a,b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--pair is not supported by spark-select: --method dq");
    assertThat(MethodSpec.of("dq", MethodOptions.of("bins", "5")).asMap()).containsEntry("bins", "5");
    assertThat(MethodSpec.of("clipscore", MethodOptions.of("pair", "a,b")).asMap()).containsEntry("pair", "a,b");
  }
}
