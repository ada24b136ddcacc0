package org.coreset4j.selection.targetset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.SideInput;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class VasSelectorTest {
  /** More rows than one GEMM block, rows [1500, 1540) copy rows [0, 40). */
  private static final FloatMatrix X = TestData.clustered(2500, 12, 5, 1500, 40, 31);
  private static final FloatMatrix T = TestData.clustered(700, 12, 2, 600, 30, 32);

  private static Selection run(FloatMatrix x, FloatMatrix t, int k, int threads) {
    try (Parallel par = new Parallel(threads)) {
      SelectionContext c = SelectionContext.of(0, par);
      return Selectors.create("vas", MethodOptions.empty()).select(x, Budget.size(k), t == null ? c : c.withTarget(t));
    }
  }

  @Test
  void matchesTheDefinitionWithAndWithoutATarget() {
    for (FloatMatrix t : new FloatMatrix[] {T, null}) {
      double[] want = BruteForce.vas(X, t == null ? X : t);
      Selection s = run(X, t, 500, 1);
      double[] got = (double[]) s.diagnostics().get("score").data();
      for (int i = 0; i < want.length; i++) {
        assertThat(got[i]).as("score of %d", i).isCloseTo(want[i], within(1e-13));
      }
      for (int i = 0; i < 40; i++) {
        assertThat(got[1500 + i]).as("duplicate of row %d", i).isEqualTo(got[i]);
      }
      assertThat(s.indices()).isEqualTo(BruteForce.top(want, 500));
    }
  }

  @Test
  void ranksLikeNormSimWithPTwoWhenGivenATarget() {
    try (Parallel par = new Parallel(1)) {
      SelectionContext c = SelectionContext.of(0, par).withTarget(T);
      assertThat(run(X, T, 321, 1).indices()).isEqualTo(Selectors.create("normsim", MethodOptions.empty())
          .select(X, Budget.size(321), c).indices());
    }
  }

  @Test
  void oneAndTwoThreadsAgreeBitForBit() {
    for (FloatMatrix t : new FloatMatrix[] {T, null}) {
      Selection one = run(X, t, 250, 1);
      Selection two = run(X, t, 250, 2);
      assertThat(two.indices()).isEqualTo(one.indices());
      assertThat((double[]) two.diagnostics().get("score").data())
          .isEqualTo((double[]) one.diagnostics().get("score").data());
    }
  }

  @Test
  void exactTiesGoToTheLowerIndex() {
    FloatMatrix x = FloatMatrix.of(new float[] {1, 1, 3, 0, 1, 1, 3, 0}, 4, 2);
    FloatMatrix t = FloatMatrix.of(new float[] {2, 0}, 1, 2);
    assertThat(run(x, t, 1, 1).indices()).containsExactly(1);
    assertThat(run(x, t, 3, 2).indices()).containsExactly(0, 1, 3);
  }

  @Test
  void theTargetIsOptionalAndBadOnesNameTheOption() {
    assertThat(Selectors.descriptor("vas").sideInputs()).containsExactly(SideInput.TARGET);
    assertThat(Selectors.descriptor("vas").requires(SideInput.TARGET)).isFalse();
    assertThat(Selectors.descriptor("normsim").requires(SideInput.TARGET)).isTrue();
    assertThatThrownBy(() -> run(X, FloatMatrix.allocate(3, 5), 3, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--target has dimension 5 but the selection features have 12");
    assertThatThrownBy(() -> Selectors.create("vas", MethodOptions.of("p", "2")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--p");
  }
}
