package org.coreset4j.selection.herding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class HerdingSelectorTest {
  /** Literal iCaRL herding in float64: argmin over unchosen x of ||t mu - (s + x)||^2. */
  static int[] bruteForce(double[][] x, int k) {
    int n = x.length, d = x[0].length;
    double[] mu = new double[d];
    for (double[] row : x) for (int c = 0; c < d; c++) mu[c] += row[c] / n;
    double[] s = new double[d];
    boolean[] chosen = new boolean[n];
    int[] order = new int[k];
    for (int t = 1; t <= k; t++) {
      double[] neg = new double[n];
      for (int i = 0; i < n; i++) {
        double e = 0;
        for (int c = 0; c < d; c++) {
          double r = t * mu[c] - (s[c] + x[i][c]);
          e += r * r;
        }
        neg[i] = -e;
      }
      int j = TestData.argmax(neg, chosen);
      chosen[j] = true;
      for (int c = 0; c < d; c++) s[c] += x[j][c];
      order[t - 1] = j;
    }
    return order;
  }

  @Test
  void matchesBruteForceWithDuplicatesAndAnyThreadCount() {
    FloatMatrix x = TestData.clustered(5000, 10, 5, 100, 50, 11);
    Selection s1, s2;
    try (Parallel p1 = new Parallel(1); Parallel p2 = new Parallel(2)) {
      s1 = new HerdingSelector().select(x, Budget.size(150), SelectionContext.of(0, p1));
      s2 = new HerdingSelector().select(x, Budget.size(150), SelectionContext.of(0, p2));
    }
    long[] want = Arrays.stream(bruteForce(TestData.rows(x), 150)).asLongStream().toArray();
    assertThat((long[]) s1.diagnostics().get("order").data()).isEqualTo(want);
    assertThat(s2.diagnostics().get("order").data()).isEqualTo(s1.diagnostics().get("order").data());
    assertThat(s2.diagnostics().get("gain").data()).isEqualTo(s1.diagnostics().get("gain").data());
  }

  @Test
  void duplicatesOfTheMeanArePickedLowestIndexFirst() {
    // rows 0 and 2 are both the mean; step 1 must pick 0, step 2 must pick 2 (t mu - mu = mu)
    float[] v = {1, 1, 0, 2, 1, 1, 2, 0};
    FloatMatrix x = FloatMatrix.of(v, 4, 2);
    Selection s;
    try (Parallel p = new Parallel(1)) {
      s = new HerdingSelector().select(x, Budget.size(2), SelectionContext.of(0, p));
    }
    assertThat((long[]) s.diagnostics().get("order").data()).containsExactly(0, 2);
  }
}
