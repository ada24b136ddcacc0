package org.coreset4j.selection.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class ForgettingSelectorTest {
  private static final byte[][] EVENTS = {
    {0, 1, 1, 1, 1}, // learned once, never forgotten: 0
    {1, 0, 1, 0, 1}, // forgotten twice: 2
    {0, 0, 0, 0, 0}, // never learned: most forgotten (5)
    {1, 0, 0, 1, 1}, // once: 1
    {1, 0, 1, 0, 0}, // twice: 2
    {1, 1, 1, 1, 0}, // once at the end: 1
  };
  private static final FloatMatrix X = FloatMatrix.allocate(6, 1);

  @Test
  void countsTransitionsFromCorrectToIncorrect() {
    assertThat(ForgettingSelector.forgettingCounts(EVENTS, 6)).containsExactly(0, 2, 5, 1, 2, 1);
  }

  @Test
  void keepsTheMostForgottenWithTiesToTheLowerIndex() {
    try (Parallel p = new Parallel(1)) {
      SelectionContext c = SelectionContext.of(0, p).withEvents(EVENTS);
      assertThat(new ForgettingSelector().select(X, Budget.size(3), c).indices()).containsExactly(1, 2, 4);
      assertThat(new ForgettingSelector().select(X, Budget.size(4), c).indices()).containsExactly(1, 2, 3, 4);
    }
  }

  @Test
  void rejectsMissingWrongShapeAndNonBinaryEvents() {
    try (Parallel p = new Parallel(1)) {
      SelectionContext none = SelectionContext.of(0, p);
      assertThatThrownBy(() -> new ForgettingSelector().select(X, Budget.size(1), none))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--events is required");
      SelectionContext shortEvents = none.withEvents(new byte[][] {{1}});
      assertThatThrownBy(() -> new ForgettingSelector().select(X, Budget.size(1), shortEvents))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 rows");
      byte[][] bad = EVENTS.clone();
      bad[4] = new byte[] {1, 2, 0, 0, 0};
      assertThatThrownBy(() -> new ForgettingSelector().select(X, Budget.size(1), none.withEvents(bad)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 4 epoch 1 holds 2");
    }
  }
}
