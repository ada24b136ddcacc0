package org.coreset4j.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class ScoresTest {
  @Test
  void requiresOneFiniteScorePerSample() {
    try (Parallel p = new Parallel(1)) {
      SelectionContext c = SelectionContext.of(0, p);
      double[] s = {0, -0.0, 2.5};
      assertThat(Scores.require(c.withScores(s), 3, "d2")).isSameAs(s);
      assertThatThrownBy(() -> Scores.require(c, 3, "d2")).isInstanceOf(InvalidInputException.class)
          .hasMessage("--scores is required by --method d2: give a .npy of 3 floats");
      assertThatThrownBy(() -> Scores.require(c.withScores(new double[2]), 3, "d2"))
          .isInstanceOf(InvalidInputException.class).hasMessage("--scores has 2 values but the features have 3 rows");
      assertThatThrownBy(() -> Scores.require(c.withScores(new double[] {0, Double.NaN, 1}), 3, "d2"))
          .isInstanceOf(InvalidInputException.class).hasMessage("--scores value NaN at index 1 is not finite");
      assertThatThrownBy(() -> Scores.require(c.withScores(new double[] {0, 1, Double.NEGATIVE_INFINITY}), 3, "d2"))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("index 2");
    }
  }
}
