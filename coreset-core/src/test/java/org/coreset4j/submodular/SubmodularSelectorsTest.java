package org.coreset4j.submodular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;
import org.coreset4j.submodular.optimizers.StochasticGreedy;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubmodularSelectorsTest {
  private static final FloatMatrix X = TestData.clustered(150, 12, 5, 100, 20, 9);
  private static final String[] SIMILARITIES = {"cosine", "cosine2", "corr2", "euclidean"};

  static Stream<Arguments> graphMethods() {
    return Stream.of("facility-location", "graphcut")
        .flatMap(m -> Arrays.stream(SIMILARITIES).map(s -> Arguments.of(m, s)));
  }

  static Stream<Arguments> allMethods() {
    return Stream.concat(graphMethods(),
        Stream.of("cosine", "cosine2", "corr2").map(s -> Arguments.of("logdet", s)));
  }

  static Selection run(String method, FloatMatrix x, int k, int threads, String... options) {
    try (Parallel p = new Parallel(threads)) {
      Selector sel = Selectors.create(method, MethodOptions.of(options));
      return sel.select(x, Budget.size(k), SelectionContext.of(3, p));
    }
  }

  static long[] order(Selection s) {
    return (long[]) s.diagnostics().get("order").data();
  }

  static double[] gains(Selection s) {
    return (double[]) s.diagnostics().get("gain").data();
  }

  private static int budget(String method) {
    return method.equals("logdet") ? 10 : 25;
  }

  @ParameterizedTest
  @MethodSource("allMethods")
  void naiveGreedyMatchesBruteForceWithDuplicates(String method, String similarity) {
    double[][] sim = BruteForceSubmodular.similarity(TestData.rows(X), similarity);
    BruteForceSubmodular.Gain gain = switch (method) {
      case "facility-location" -> BruteForceSubmodular.FACILITY;
      case "graphcut" -> BruteForceSubmodular.GRAPH_CUT;
      default -> BruteForceSubmodular.logDetGain(1e-6);
    };
    int k = budget(method);
    int[] want = BruteForceSubmodular.greedy(sim, k, gain);
    Selection s = run(method, X, k, 1, "optimizer", "naive", "similarity", similarity);
    assertThat(order(s)).isEqualTo(Arrays.stream(want).asLongStream().toArray());
  }

  @ParameterizedTest
  @MethodSource("allMethods")
  void lazyEqualsNaiveAndThreadCountsAgree(String method, String similarity) {
    int k = method.equals("logdet") ? 40 : 60;
    Selection naive = run(method, X, k, 1, "optimizer", "naive", "similarity", similarity);
    Selection lazy1 = run(method, X, k, 1, "optimizer", "lazy", "similarity", similarity);
    Selection lazy2 = run(method, X, k, 2, "optimizer", "lazy", "similarity", similarity);
    assertThat(order(lazy1)).isEqualTo(order(naive));
    assertThat(gains(lazy1)).isEqualTo(gains(naive));
    assertThat(order(lazy2)).isEqualTo(order(lazy1));
    assertThat(gains(lazy2)).isEqualTo(gains(lazy1));
  }

  @ParameterizedTest
  @MethodSource("graphMethods")
  void lazyEqualsNaiveOnTheSparseNeighbourSimilarity(String method, String similarity) {
    FloatMatrix x = TestData.clustered(300, 8, 7, 150, 30, 4);
    String[] o = {"similarity", similarity, "neighbors", "10"};
    Selection naive = run(method, x, 40, 2, concat(o, "optimizer", "naive"));
    Selection lazy = run(method, x, 40, 1, concat(o, "optimizer", "lazy"));
    assertThat(order(lazy)).isEqualTo(order(naive));
    assertThat(gains(lazy)).isEqualTo(gains(naive));
  }

  @ParameterizedTest
  @MethodSource("graphMethods")
  void allNeighboursGiveTheDenseSelection(String method, String similarity) {
    Selection dense = run(method, X, 25, 1, "similarity", similarity);
    Selection sparse = run(method, X, 25, 1, "similarity", similarity, "neighbors", "149");
    assertThat(order(sparse)).isEqualTo(order(dense));
  }

  @Test
  void facilityLocationGainsFallAndSumToTheObjective() {
    Selection s = run("facility-location", X, 30, 1, "similarity", "cosine2");
    double[] g = gains(s);
    for (int t = 1; t < g.length; t++) assertThat(g[t]).isLessThanOrEqualTo(g[t - 1]);
    double[][] sim = BruteForceSubmodular.similarity(TestData.rows(X), "cosine2");
    int[] ord = Arrays.stream(order(s)).mapToInt(v -> (int) v).toArray();
    assertThat(Arrays.stream(g).sum()).isCloseTo(BruteForceSubmodular.facilityLocation(sim, ord, ord.length),
        org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void stochasticGreedyIsSeededAndThreadIndependent() {
    String[] o = {"optimizer", "stochastic", "epsilon", "0.2"};
    Selection a = run("facility-location", X, 20, 1, o);
    Selection b = run("facility-location", X, 20, 2, o);
    assertThat(order(b)).isEqualTo(order(a));
    assertThat(Arrays.stream(order(a)).distinct().count()).isEqualTo(20);
    assertThat(StochasticGreedy.sampleSize(1000, 10, 0.01)).isEqualTo(461);
    // a sample as large as the data set makes it the naive greedy
    Selection full = run("graphcut", X, 20, 1, "optimizer", "stochastic", "epsilon", "1e-9", "similarity", "cosine2");
    Selection naive = run("graphcut", X, 20, 1, "optimizer", "naive", "similarity", "cosine2");
    assertThat(order(full)).isEqualTo(order(naive));
  }

  @Test
  void everyBaselineIsRegistered() {
    assertThat(Selectors.names()).contains("kcenter", "herding", "forgetting", "score", "clipscore",
        "facility-location", "graphcut", "logdet");
  }

  @Test
  void badOptionsAreInvalidInput() {
    assertThatThrownBy(() -> run("logdet", X, 5, 1, "similarity", "euclidean"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--similarity euclidean");
    assertThatThrownBy(() -> run("graphcut", X, 5, 1, "optimizer", "greedi"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--optimizer greedi");
    assertThatThrownBy(() -> run("graphcut", X, 5, 1, "neighbors", "-1"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--neighbors -1");
    assertThatThrownBy(() -> run("facility-location", FloatMatrix.allocate(16_385, 1), 5, 1, "similarity", "euclidean"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--neighbors");
    FloatMatrix constant = FloatMatrix.of(new float[] {1, 2, 3, 3, 3, 3}, 2, 3);
    assertThatThrownBy(() -> run("graphcut", constant, 1, 1, "similarity", "corr2"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 1").hasMessageContaining("constant");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
