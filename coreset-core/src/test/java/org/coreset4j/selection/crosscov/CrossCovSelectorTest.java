package org.coreset4j.selection.crosscov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.crossmodal.TensorGreedy;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class CrossCovSelectorTest {
  /** Orders and residuals of herding on the explicit outer products M_i = u_i v_i^T, in float64. */
  record Expected(int[] order, double[] residual) {}

  static Expected bruteForce(double[][] u, double[][] v, boolean center, int k) {
    int n = u.length;
    double[][] uc = center ? centred(u) : u;
    double[][] vc = center ? centred(v) : v;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = new double[uc[i].length * vc[i].length];
      for (int a = 0; a < uc[i].length; a++) {
        for (int b = 0; b < vc[i].length; b++) {
          m[i][a * vc[i].length + b] = uc[i][a] * vc[i][b];
        }
      }
    }
    int w = m[0].length;
    double[] c = new double[w];
    for (double[] mi : m) for (int e = 0; e < w; e++) c[e] += mi[e] / n;
    double[] sum = new double[w];
    boolean[] chosen = new boolean[n];
    int[] order = new int[k];
    double[] residual = new double[k];
    for (int t = 1; t <= k; t++) {
      double[] score = new double[n];
      for (int i = 0; i < n; i++) {
        for (int e = 0; e < w; e++) score[i] += 2 * (t * c[e] - sum[e]) * m[i][e] - m[i][e] * m[i][e];
      }
      int j = TestData.argmax(score, chosen);
      chosen[j] = true;
      order[t - 1] = j;
      double r2 = 0;
      for (int e = 0; e < w; e++) {
        sum[e] += m[j][e];
        r2 += (t * c[e] - sum[e]) * (t * c[e] - sum[e]);
      }
      residual[t - 1] = Math.sqrt(r2);
    }
    return new Expected(order, residual);
  }

  private static double[][] centred(double[][] x) {
    double[] mean = new double[x[0].length];
    for (double[] row : x) for (int c = 0; c < mean.length; c++) mean[c] += row[c] / x.length;
    double[][] out = new double[x.length][mean.length];
    for (int i = 0; i < x.length; i++) for (int c = 0; c < mean.length; c++) out[i][c] = x[i][c] - mean[c];
    return out;
  }

  private static Selection run(String pair, String center, Map<String, FloatMatrix> m, int n, int k, int threads) {
    try (Parallel p = new Parallel(threads)) {
      return new CrossCovSelector(CrossCovParams.from(MethodOptions.of("pair", pair, "center", center)))
          .select(FloatMatrix.allocate(n, 1), Budget.size(k), SelectionContext.of(0, p).withModalities(m));
    }
  }

  private static long[] order(Selection s) {
    return (long[]) s.diagnostics().get("order").data();
  }

  /** Rows [0, 20) repeat at [100, 120) in both modalities; row 200 + i is row i negated in both. */
  private static Map<String, FloatMatrix> tiedData(int n) {
    FloatMatrix u = TestData.clustered(n, 7, 3, 100, 20, 21);
    FloatMatrix v = TestData.clustered(n, 4, 3, 100, 20, 22);
    for (int i = 0; i < 10; i++) {
      for (FloatMatrix x : new FloatMatrix[] {u, v}) {
        for (int c = 0; c < x.cols(); c++) x.set(200 + i, c, -x.get(i, c));
      }
    }
    return Map.of("u", u, "v", v);
  }

  @Test
  void matchesBruteForceOnOuterProductsWithTies() {
    int n = 240, k = 60;
    Map<String, FloatMatrix> m = tiedData(n);
    for (String center : new String[] {"no", "yes"}) {
      Expected want = bruteForce(TestData.rows(m.get("u")), TestData.rows(m.get("v")), center.equals("yes"), k);
      Selection got = run("u,v", center, m, n, k, 1);
      assertThat(order(got)).as(center).isEqualTo(Arrays.stream(want.order()).asLongStream().toArray());
      // guesses of 1 to 3 picks among 2 candidates cut nearly every epoch of the engine short
      for (int threads = 1; threads <= 2; threads++) {
        try (Parallel p = new Parallel(threads)) {
          CrossCovParams params = CrossCovParams.from(MethodOptions.of("pair", "u,v", "center", center));
          Selection tiny = new CrossCovSelector(params, new TensorGreedy.Tuning(1, 3, 2))
              .select(FloatMatrix.allocate(n, 1), Budget.size(k), SelectionContext.of(0, p).withModalities(m));
          assertThat(order(tiny)).as("%s tiny", center).isEqualTo(order(got));
          assertThat(tiny.diagnostics().get("gain").data()).as("%s tiny", center)
              .isEqualTo(got.diagnostics().get("gain").data());
        }
      }
      double[] gain = (double[]) got.diagnostics().get("gain").data();
      for (int t = 0; t < k; t++) {
        assertThat(gain[t]).as("%s gain %d", center, t).isCloseTo(want.residual()[t], within(1e-6 * (1 + want.residual()[t])));
      }
      assertThat(got.indices()).hasSize(k).doesNotHaveDuplicates();
    }
  }

  @Test
  void tiesGoToTheLowestIndex() {
    // M_0 = M_2 = (1, 0), M_1 = (0, 1): step 1 ties rows 0 and 2 and must pick 0, then 1, then 2
    FloatMatrix u = FloatMatrix.of(new float[] {1, 0, 0, 1, 1, 0}, 3, 2);
    FloatMatrix v = FloatMatrix.of(new float[] {1, 1, 1}, 3, 1);
    assertThat(order(run("u,v", "no", Map.of("u", u, "v", v), 3, 3, 1))).containsExactly(0, 1, 2);
  }

  @Test
  void sameSelectionForOneAndTwoThreads() {
    int n = 5000;
    Map<String, FloatMatrix> m = Map.of("image", TestData.clustered(n, 40, 5, 100, 50, 31),
        "mask", TestData.clustered(n, 6, 4, 100, 50, 32));
    for (String center : new String[] {"no", "yes"}) {
      Selection one = run("image,mask", center, m, n, 100, 1);
      Selection two = run("image,mask", center, m, n, 100, 2);
      assertThat(two.diagnostics().get("order").data()).isEqualTo(one.diagnostics().get("order").data());
      assertThat(two.diagnostics().get("gain").data()).isEqualTo(one.diagnostics().get("gain").data());
      assertThat(one.indices()).hasSize(100).doesNotHaveDuplicates();
    }
  }

  @Test
  void rejectsBadInputNamingTheOption() {
    Map<String, FloatMatrix> m = Map.of("u", FloatMatrix.allocate(10, 3), "v", FloatMatrix.allocate(10, 2),
        "short", FloatMatrix.allocate(9, 2));
    assertThatThrownBy(() -> run("u,audio", "no", m, 10, 2, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--pair u,audio").hasMessageContaining("audio").hasMessageContaining("short,u,v");
    assertThatThrownBy(() -> run("u,short", "no", m, 10, 2, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--pair u,short").hasMessageContaining("9 rows, expected N = 10");
    assertThatThrownBy(() -> run("u,u", "no", m, 10, 2, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--pair");
    assertThatThrownBy(() -> run("u,v", "maybe", m, 10, 2, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--center");
    assertThatThrownBy(() -> CrossCovParams.from(MethodOptions.empty())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--pair").hasMessageContaining("crosscov");
  }
}
