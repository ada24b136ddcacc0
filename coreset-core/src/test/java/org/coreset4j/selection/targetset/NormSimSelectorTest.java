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
import org.coreset4j.testing.TestData;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class NormSimSelectorTest {
  /** More rows than one GEMM block, rows [1100, 1160) copy rows [0, 60). */
  private static final FloatMatrix X = TestData.clustered(2600, 16, 4, 1100, 60, 21);
  /** More rows than one block of target rows, with duplicates of its own. */
  private static final FloatMatrix T = TestData.clustered(2300, 16, 3, 2000, 50, 22);

  private static Selection run(String p, FloatMatrix x, FloatMatrix t, int k, int threads) {
    try (Parallel par = new Parallel(threads)) {
      return Selectors.create("normsim", MethodOptions.of("p", p))
          .select(x, Budget.size(k), SelectionContext.of(0, par).withTarget(t));
    }
  }

  @Test
  void matchesTheDefinitionForBothNorms() {
    for (String p : new String[] {"2", "inf"}) {
      double[] want = BruteForce.normSim(X, T, p.equals("inf"));
      Selection s = run(p, X, T, 600, 1);
      double[] got = (double[]) s.diagnostics().get("score").data();
      for (int i = 0; i < want.length; i++) {
        assertThat(got[i]).as("p=%s score of %d", p, i).isCloseTo(want[i], within(1e-12 * Math.max(1, want[i])));
      }
      for (int i = 0; i < 60; i++) {
        assertThat(got[1100 + i]).as("p=%s duplicate of row %d", p, i).isEqualTo(got[i]);
      }
      assertThat(s.indices()).as("p=%s", p).isEqualTo(BruteForce.top(want, 600));
    }
  }

  @Test
  void oneAndTwoThreadsAgreeBitForBit() {
    for (String p : new String[] {"2", "inf"}) {
      Selection one = run(p, X, T, 333, 1);
      Selection two = run(p, X, T, 333, 2);
      assertThat(two.indices()).isEqualTo(one.indices());
      assertThat((double[]) two.diagnostics().get("score").data())
          .isEqualTo((double[]) one.diagnostics().get("score").data());
    }
  }

  @Test
  void exactTiesGoToTheLowerIndex() {
    // rows 1 and 3 align exactly with the target (score 1), rows 0 and 2 are equal too
    FloatMatrix x = FloatMatrix.of(new float[] {1, 1, 3, 0, 1, 1, 3, 0}, 4, 2);
    FloatMatrix t = FloatMatrix.of(new float[] {2, 0}, 1, 2);
    for (String p : new String[] {"2", "inf"}) {
      assertThat(run(p, x, t, 1, 1).indices()).containsExactly(1);
      assertThat(run(p, x, t, 3, 2).indices()).containsExactly(0, 1, 3);
    }
  }

  @Test
  void badInputNamesTheOption() {
    assertThatThrownBy(() -> run("2", X, FloatMatrix.allocate(5, 7), 3, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--target has dimension 7 but the selection features have 16");
    assertThatThrownBy(() -> Selectors.create("normsim", MethodOptions.of("p", "3")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--p");
    try (Parallel par = new Parallel(1)) {
      assertThatThrownBy(() -> Selectors.create("normsim", MethodOptions.empty())
          .select(X, Budget.size(3), SelectionContext.of(0, par)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("--target is required by --method normsim");
    }
    FloatMatrix zeroTarget = FloatMatrix.of(new float[] {1, 0, 0, 0}, 2, 2);
    FloatMatrix x = FloatMatrix.of(new float[] {1, 1, 0, 1}, 2, 2);
    assertThatThrownBy(() -> run("inf", x, zeroTarget, 1, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--target: row 1 is all zeros");
    FloatMatrix zeroRow = FloatMatrix.of(new float[] {1, 1, 0, 0}, 2, 2);
    assertThatThrownBy(() -> run("2", zeroRow, x, 1, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 1 is all zeros");
  }
}
