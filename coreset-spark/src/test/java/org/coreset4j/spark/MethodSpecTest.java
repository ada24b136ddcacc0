package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selectors;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A method's options travel under their canonical names, and spark-select passes every side input a method reads. */
class MethodSpecTest {
  @Test
  void everySideInputAMethodReadsIsPassedByItsDistribution() {
    for (MethodDescriptor d : Selectors.descriptors()) {
      assertThat(SideInputs.passedTo(d.distribution())).as(d.name())
          .containsAll(d.sideInputs()).containsAll(d.optionalInputs());
    }
    assertThatThrownBy(() -> MethodSpec.of("dq", MethodOptions.of("clusters", "5")))
        .isInstanceOf(InvalidInputException.class);
    assertThat(MethodSpec.of("dq", MethodOptions.of("similarity", "crossmodal", "pair", "a,b")).pairColumns())
        .containsExactly("a", "b");
    assertThat(MethodSpec.of("dq", MethodOptions.of("bins", "5")).asMap()).containsEntry("bins", "5");
    assertThat(MethodSpec.of("clipscore", MethodOptions.of("pair", "a,b")).asMap()).containsEntry("pair", "a,b");
  }
}
