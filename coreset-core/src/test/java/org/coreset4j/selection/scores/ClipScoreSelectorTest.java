package org.coreset4j.selection.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.ModalityPair;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.testing.BruteForce;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class ClipScoreSelectorTest {
  private static final FloatMatrix IMAGE = TestData.clustered(9000, 16, 4, 100, 30, 2);
  private static final FloatMatrix TEXT = TestData.clustered(9000, 16, 4, 100, 30, 3);

  private static int[] run(String pair, Map<String, FloatMatrix> m, int k, int threads) {
    try (Parallel p = new Parallel(threads)) {
      return new ClipScoreSelector(ModalityPair.from(MethodOptions.of("pair", pair), "clipscore"))
          .select(IMAGE, Budget.size(k), SelectionContext.of(0, p).withModalities(m)).indices();
    }
  }

  @Test
  void keepsTheHighestCosinesLikeBruteForce() {
    int[] want = BruteForce.top(BruteForce.pairCosines(IMAGE, TEXT), 700);
    Map<String, FloatMatrix> m = Map.of("image", IMAGE, "text", TEXT);
    assertThat(run("image,text", m, 700, 1)).isEqualTo(want);
    assertThat(run("image,text", m, 700, 2)).isEqualTo(want);
  }

  @Test
  void duplicatePairsTieToTheLowerIndex() {
    // rows 0 and 2 have the same (highest) cosine 1; the budget of 1 keeps row 0
    FloatMatrix a = FloatMatrix.of(new float[] {1, 0, 1, 1, 1, 0}, 3, 2);
    FloatMatrix b = FloatMatrix.of(new float[] {2, 0, 0, 1, 3, 0}, 3, 2);
    try (Parallel p = new Parallel(1)) {
      int[] got = new ClipScoreSelector(ModalityPair.from(MethodOptions.of("pair", "a,b"), "clipscore"))
          .select(a, Budget.size(1), SelectionContext.of(0, p).withModalities(Map.of("a", a, "b", b))).indices();
      assertThat(got).containsExactly(0);
    }
  }

  @Test
  void rejectsBadPairs() {
    Map<String, FloatMatrix> m = Map.of("image", IMAGE, "text", TEXT, "small", FloatMatrix.allocate(9000, 3));
    assertThatThrownBy(() -> run("image,audio", m, 1, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("audio").hasMessageContaining("image,small,text");
    assertThatThrownBy(() -> run("image,small", m, 1, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("16 and 3");
    assertThatThrownBy(() -> run("image", m, 1, 1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ModalityPair.from(MethodOptions.empty(), "clipscore"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--pair");
  }
}
