package org.coreset4j.selection.d2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class D2SelectorTest {
  static Selection run(FloatMatrix x, double[] scores, int size, int threads, String... options) {
    try (Parallel p = new Parallel(threads)) {
      return new D2Selector(D2Params.from(MethodOptions.of(options)))
          .select(x, Budget.size(size), SelectionContext.of(0, p).withScores(scores));
    }
  }

  @Test
  void pickOrderMatchesFloat64MessagePassing() {
    SplittableRandom r = new SplittableRandom(6);
    int n = 400, d = 5, k = 6, picks = 150;
    float[] v = new float[n * d];
    for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
    double[] s = new double[n];
    for (int i = 0; i < n; i++) s[i] = r.nextInt(10) == 0 ? -r.nextDouble() : r.nextDouble();
    FloatMatrix x = FloatMatrix.of(v, n, d);
    double[][] xd = x.toDoubleRows();
    int[][] nb = new int[n][];
    double[][] dist = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int c = 0; c < d; c++) dist[i][j] += (xd[i][c] - xd[j][c]) * (xd[i][c] - xd[j][c]);
      }
      final int qi = i;
      nb[i] = IntStream.range(0, n).filter(j -> j != qi).boxed()
          .sorted(Comparator.<Integer>comparingDouble(j -> dist[qi][j]).thenComparingInt(j -> j))
          .limit(k).mapToInt(Integer::intValue).toArray();
    }
    double[] sc = new double[n];
    for (int i = 0; i < n; i++) sc[i] = Math.max(s[i], 1e-7);
    double[] sp = new double[n];
    for (int i = 0; i < n; i++) {
      sp[i] = sc[i];
      for (int j : nb[i]) sp[i] += Math.exp(-1.5 * dist[i][j]) * sc[j];
    }
    boolean[] taken = new boolean[n];
    long[] order = new long[picks];
    double[] gain = new double[picks];
    for (int t = 0; t < picks; t++) {
      int best = -1;
      for (int i = 0; i < n; i++) if (!taken[i] && (best < 0 || sp[i] > sp[best])) best = i;
      taken[best] = true;
      order[t] = best;
      gain[t] = sp[best];
      for (int j : nb[best]) if (!taken[j]) sp[j] -= sp[best] * Math.exp(-0.3 * dist[best][j]);
    }
    for (int threads = 1; threads <= 2; threads++) {
      Selection sel = run(x, s, picks, threads, "neighbors", "6", "gamma-forward", "1.5", "gamma-reverse", "0.3");
      assertThat((long[]) sel.diagnostics().get("order").data()).containsExactly(order);
      assertThat((double[]) sel.diagnostics().get("gain").data()).containsExactly(gain, within(1e-5));
    }
  }

  @Test
  void missingOrBadScoresNameTheOption() {
    FloatMatrix x = FloatMatrix.of(new float[20], 10, 2);
    assertThatThrownBy(() -> run(x, null, 3, 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("--scores");
    assertThatThrownBy(() -> run(x, new double[9], 3, 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("--scores");
    double[] nan = new double[10];
    nan[4] = Double.NaN;
    assertThatThrownBy(() -> run(x, nan, 3, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--scores").hasMessageContaining("index 4");
  }
}
