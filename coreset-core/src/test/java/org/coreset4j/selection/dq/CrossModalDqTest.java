package org.coreset4j.selection.dq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.crossmodal.CentredRows;
import org.coreset4j.selection.crossmodal.TensorGreedy;
import org.coreset4j.selection.crossmodal.TensorKernel;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Progress;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CrossModalDqTest {
  /**
   * sim(p, q) = vec(u_p v_p^T) . vec(u_q v_q^T), the outer products formed explicitly: the
   * definition of the cross-modal kernel, not the identities the method uses.
   */
  static DatasetQuantizationTest.PairSim outerProductKernel(double[][] u, double[][] v) {
    double[][][] outer = new double[u.length][u[0].length][v[0].length];
    for (int i = 0; i < u.length; i++) {
      for (int a = 0; a < u[0].length; a++) {
        for (int b = 0; b < v[0].length; b++) {
          outer[i][a][b] = u[i][a] * v[i][b];
        }
      }
    }
    return (p, q) -> {
      double k = 0;
      for (int a = 0; a < u[0].length; a++) {
        for (int b = 0; b < v[0].length; b++) {
          k += outer[p][a][b] * outer[q][a][b];
        }
      }
      return k;
    };
  }

  /**
   * Two modalities of n rows (widths du and dv): Gaussian, or small integers when {@code ints}
   * (then every sum is exact in float64 and gains tie exactly); one sample in 8 duplicates another
   * in both modalities.
   */
  static FloatMatrix[] pairs(int n, int du, int dv, long seed, boolean ints) {
    SplittableRandom r = new SplittableRandom(seed);
    FloatMatrix[] m = {FloatMatrix.allocate(n, du), FloatMatrix.allocate(n, dv)};
    for (FloatMatrix x : m) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < x.cols(); j++) {
          x.set(i, j, ints ? r.nextInt(-1, 3) : (float) (0.5 + r.nextGaussian()));
        }
      }
    }
    for (int t = 0; t < n / 8; t++) {
      int src = r.nextInt(n);
      int dst = r.nextInt(n);
      for (FloatMatrix x : m) {
        for (int j = 0; j < x.cols(); j++) {
          x.set(dst, j, x.get(src, j));
        }
      }
    }
    return m;
  }

  static Selection run(FloatMatrix[] uv, MethodOptions options, double fraction, long seed, int threads) {
    int n = uv[0].rows();
    try (Parallel p = new Parallel(threads)) {
      SelectionContext c = SelectionContext.of(seed, p).withModalities(Map.of("img", uv[0], "txt", uv[1]));
      return Selectors.create("dq", options).select(FloatMatrix.allocate(n, 1), Budget.fraction(fraction), c);
    }
  }

  static MethodOptions crossModal(int bins, double lambda) {
    return MethodOptions.of("similarity", "crossmodal", "pair", "img,txt", "bins", "" + bins, "lambda", "" + lambda);
  }

  @ParameterizedTest
  @CsvSource({
    "150, 4, 3, 5, 1.0, 1, false",
    "203, 5, 2, 7, 1.0, 2, false",
    "260, 3, 6, 4, 0.5, 3, false",
    "300, 6, 4, 3, 1.5, 4, false",
    "180, 3, 2, 6, 1.0, 5, true",
    "240, 2, 3, 5, 2.0, 6, true",
    "97, 4, 1, 9, 0.5, 7, true",
  })
  void binsAndPicksEqualTheFloat64FormulaOnOuterProducts(int n, int du, int dv, int bins, double lambda, long seed,
      boolean ints) {
    FloatMatrix[] uv = pairs(n, du, dv, seed, ints);
    int[][] want = DatasetQuantizationTest.bruteForce(n, bins, lambda,
        outerProductKernel(uv[0].toDoubleRows(), uv[1].toDoubleRows()));
    Selection one = run(uv, crossModal(bins, lambda), 0.2, seed, 1);
    Selection two = run(uv, crossModal(bins, lambda), 0.2, seed, 2);
    assertThat(DatasetQuantizationTest.ints(one.diagnostics().get("bin"))).isEqualTo(want[0]);
    // guesses of 1 to 3 picks among 2 candidates: nearly every epoch of the engine is cut short
    TensorKernel kernel = new TensorKernel(CentredRows.asGiven(uv[0]), CentredRows.asGiven(uv[1]));
    for (int threads = 1; threads <= 2; threads++) {
      try (Parallel p = new Parallel(threads)) {
        GreedyBinning.Result tiny = BinSequence.run(n, bins,
            new CrossModalBins(kernel, n, lambda, p, new TensorGreedy.Tuning(1, 3, 2)),
            Progress.NONE);
        assertThat(tiny.bin()).as("tiny epochs, %d threads", threads).isEqualTo(want[0]);
        assertThat(tiny.order()).as("tiny epochs, %d threads", threads).isEqualTo(want[1]);
      }
    }
    assertThat(DatasetQuantizationTest.ints(one.diagnostics().get("order"))).isEqualTo(want[1]);
    assertThat(two.indices()).isEqualTo(one.indices());
    assertThat(DatasetQuantizationTest.ints(two.diagnostics().get("order")))
        .isEqualTo(DatasetQuantizationTest.ints(one.diagnostics().get("order")));
  }

  @Test
  void theFinalPicksAreTheUniformDrawFromTheseBins() {
    FloatMatrix[] uv = pairs(120, 3, 5, 11, false);
    Selection s = run(uv, crossModal(6, 1), 0.25, 42, 2);
    int[] bin = DatasetQuantizationTest.ints(s.diagnostics().get("bin"));
    int[] perBin = new int[6];
    for (int i : s.indices()) {
      perBin[bin[i]]++;
    }
    assertThat(perBin).containsOnly(5);
    assertThat(s.indices()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void badInputNamesTheOption() {
    FloatMatrix[] uv = pairs(40, 3, 2, 1, false);
    assertThatThrownBy(() -> run(uv, MethodOptions.of("similarity", "crossmodal"), 0.2, 0, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--pair (missing) is required");
    assertThatThrownBy(() -> run(uv, MethodOptions.of("pair", "img,txt"), 0.2, 0, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--pair img,txt is read by --method dq with --similarity crossmodal");
    FloatMatrix[] shorter = {uv[0], pairs(39, 3, 2, 1, false)[1]};
    assertThatThrownBy(() -> run(shorter, crossModal(4, 1), 0.2, 0, 1))
        .isInstanceOf(InvalidInputException.class).hasMessage("--pair img,txt: modality txt has 39 rows, expected N = 40");
    assertThatThrownBy(() -> run(uv, MethodOptions.of("similarity", "crossmodal", "pair", "img,audio"), 0.2, 0, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--pair img,audio names modality audio");
  }
}
