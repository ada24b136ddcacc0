package org.coreset4j.selection.kcenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.Bf16Matrix;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KCenterSelectorTest {
  private static final FloatMatrix X = TestData.clustered(400, 12, 6, 200, 40, 7);

  /** The textbook greedy in float64 with no pruning. */
  static int[] bruteForce(double[][] x, int first, int k, boolean cosine) {
    int n = x.length;
    double[] mind = new double[n];
    Arrays.fill(mind, Double.POSITIVE_INFINITY);
    boolean[] chosen = new boolean[n];
    int[] order = new int[k];
    int j = first;
    for (int t = 0; t < k; t++) {
      order[t] = j;
      chosen[j] = true;
      for (int i = 0; i < n; i++) mind[i] = Math.min(mind[i], dist(x[i], x[j], cosine));
      j = TestData.argmax(mind, chosen);
    }
    return order;
  }

  static double dist(double[] a, double[] b, boolean cosine) {
    double s = 0, ab = 0, aa = 0, bb = 0;
    for (int c = 0; c < a.length; c++) {
      s += (a[c] - b[c]) * (a[c] - b[c]);
      ab += a[c] * b[c];
      aa += a[c] * a[c];
      bb += b[c] * b[c];
    }
    return cosine ? 1 - ab / Math.sqrt(aa * bb) : s;
  }

  private static Selection run(MethodOptions o, FloatMatrix x, int k, int threads, long seed) {
    try (Parallel p = new Parallel(threads)) {
      return Selectors.create("kcenter", o).select(x, Budget.size(k), SelectionContext.of(seed, p));
    }
  }

  private static long[] order(Selection s) {
    return (long[]) s.diagnostics().get("order").data();
  }

  private static long[] asLong(int[] a) {
    return Arrays.stream(a).asLongStream().toArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqeuclidean", "cosine"})
  void matchesBruteForceWithDuplicatesAndAnyThreadCount(String metric) {
    int k = 120;
    boolean cosine = metric.equals("cosine");
    MethodOptions o = MethodOptions.of("metric", metric, "first", "205");
    Selection s1 = run(o, X, k, 1, 0);
    Selection s2 = run(o, X, k, 2, 0);
    assertThat(order(s1)).isEqualTo(asLong(bruteForce(TestData.rows(X), 205, k, cosine)));
    assertThat(order(s2)).isEqualTo(order(s1));
    assertThat((double[]) s2.diagnostics().get("gain").data()).isEqualTo(s1.diagnostics().get("gain").data());
  }

  @Test
  void gainsAreTheDistanceToTheNearestEarlierCenter() {
    Selection s = run(MethodOptions.of("first", "3"), X, 30, 1, 0);
    double[] gain = (double[]) s.diagnostics().get("gain").data();
    long[] ord = order(s);
    double[][] x = TestData.rows(X);
    assertThat(gain[0]).isEqualTo(Double.POSITIVE_INFINITY);
    for (int t = 1; t < ord.length; t++) {
      double m = Double.POSITIVE_INFINITY;
      for (int u = 0; u < t; u++) m = Math.min(m, dist(x[(int) ord[t]], x[(int) ord[u]], false));
      assertThat(gain[t]).isCloseTo(m, org.assertj.core.api.Assertions.within(1e-4 * m));
    }
    for (int t = 2; t < gain.length; t++) assertThat(gain[t]).isLessThanOrEqualTo(gain[t - 1]);
  }

  @Test
  void pickingEveryRowTiesToLowerIndicesAmongDuplicates() {
    FloatMatrix x = TestData.clustered(50, 3, 2, 25, 25, 1);
    Selection s = run(MethodOptions.of("first", "0"), x, 50, 2, 0);
    assertThat(order(s)).isEqualTo(asLong(bruteForce(TestData.rows(x), 0, 50, false)));
  }

  @Test
  void seededFirstIndexIsReproducible() {
    MethodOptions o = MethodOptions.empty();
    assertThat(order(run(o, X, 10, 1, 42))).isEqualTo(order(run(o, X, 10, 2, 42)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqeuclidean", "cosine"})
  void bf16RunsTheExactGreedyOnTheRoundedRows(String metric) {
    Bf16Matrix h;
    try (Parallel p = new Parallel(1)) {
      h = Bf16Matrix.of(X, p);
    }
    double[][] rounded = new double[X.rows()][X.cols()];
    for (int i = 0; i < X.rows(); i++) {
      for (int c = 0; c < X.cols(); c++) rounded[i][c] = h.get(i, c);
    }
    Selection s = run(MethodOptions.of("metric", metric, "first", "9", "compact", "bf16"), X, 80, 2, 0);
    assertThat(order(s)).isEqualTo(asLong(bruteForce(rounded, 9, 80, metric.equals("cosine"))));
  }

  @Test
  void badOptionsAreInvalidInput() {
    assertThatThrownBy(() -> run(MethodOptions.of("first", "400"), X, 5, 1, 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--first 400");
    assertThatThrownBy(() -> run(MethodOptions.of("metric", "l1"), X, 5, 1, 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--metric l1");
    FloatMatrix zero = FloatMatrix.of(new float[] {1, 0, 0, 0}, 2, 2);
    assertThatThrownBy(() -> run(MethodOptions.of("metric", "cosine"), zero, 1, 1, 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 1");
  }
}
