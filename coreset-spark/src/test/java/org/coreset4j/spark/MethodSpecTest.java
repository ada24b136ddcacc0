package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coreset4j.params.MethodOptions;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * spark-select passes --pair to the per-sample scores, negclip and the two-round methods, --target
 * to the per-sample scores, and --scores and --events to none, so a method configured to read a
 * side input it does not pass is refused up front.
 */
class MethodSpecTest {
  @Test
  void aMethodThatWouldReadASideInputIsRefusedNamingIt() {
    assertThatThrownBy(() -> MethodSpec.of("score", MethodOptions.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--scores is not supported by spark-select: --method score");
    assertThat(MethodSpec.of("dq", MethodOptions.of("similarity", "crossmodal", "pair", "a,b")).pairColumns())
        .containsExactly("a", "b");
    assertThat(MethodSpec.of("dq", MethodOptions.of("bins", "5")).asMap()).containsEntry("bins", "5");
    assertThat(MethodSpec.of("clipscore", MethodOptions.of("pair", "a,b")).asMap()).containsEntry("pair", "a,b");
  }
}
