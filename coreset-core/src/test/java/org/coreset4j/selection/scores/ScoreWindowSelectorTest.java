package org.coreset4j.selection.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class ScoreWindowSelectorTest {
  private static int[] run(String window, double[] s, int k) {
    try (Parallel p = new Parallel(1)) {
      return new ScoreWindowSelector(ScoreWindowParams.from(MethodOptions.of("window", window)))
          .select(FloatMatrix.allocate(s.length, 1), Budget.size(k), SelectionContext.of(0, p).withScores(s))
          .indices();
    }
  }

  @Test
  void windowsOfTheAscendingOrderWithTies() {
    double[] s = {5, 1, 3, 3, 9, 0, 3, 7};
    // ascending, ties by index: 5(0) 1(1) 2(3) 3(3) 6(3) 0(5) 7(7) 4(9)
    assertThat(run("bottom", s, 3)).containsExactly(1, 2, 5);
    assertThat(run("middle", s, 3)).containsExactly(2, 3, 6); // positions 2..4
    assertThat(run("middle", s, 2)).containsExactly(3, 6); // positions 3..4
    assertThat(run("top", s, 2)).containsExactly(4, 7);
    assertThat(run("top", s, 4)).containsExactly(0, 2, 4, 7); // the tie at 3 goes to index 2
  }

  @Test
  void matchesBruteForceOnRandomScoresWithDuplicates() {
    SplittableRandom r = new SplittableRandom(1);
    double[] s = IntStream.range(0, 501).mapToDouble(i -> r.nextInt(40)).toArray();
    Integer[] asc = IntStream.range(0, s.length).boxed().toArray(Integer[]::new);
    Arrays.sort(asc, Comparator.<Integer>comparingDouble(i -> s[i]).thenComparingInt(i -> i));
    Integer[] desc = IntStream.range(0, s.length).boxed().toArray(Integer[]::new);
    Arrays.sort(desc, Comparator.<Integer>comparingDouble(i -> -s[i]).thenComparingInt(i -> i));
    int k = 100;
    assertThat(run("bottom", s, k)).isEqualTo(sortedCopy(asc, 0, k));
    assertThat(run("middle", s, k)).isEqualTo(sortedCopy(asc, 200, 300));
    assertThat(run("top", s, k)).isEqualTo(sortedCopy(desc, 0, k));
  }

  private static int[] sortedCopy(Integer[] a, int from, int to) {
    return Arrays.stream(a, from, to).mapToInt(Integer::intValue).sorted().toArray();
  }

  @Test
  void rejectsMissingScoresAndUnknownWindows() {
    try (Parallel p = new Parallel(1)) {
      ScoreWindowSelector sel = new ScoreWindowSelector(ScoreWindowParams.DEFAULTS);
      assertThatThrownBy(() -> sel.select(FloatMatrix.allocate(3, 1), Budget.size(1), SelectionContext.of(0, p)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--scores is required by --method score");
    }
    assertThatThrownBy(() -> ScoreWindowParams.from(MethodOptions.of("window", "left")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--window left");
  }
}
