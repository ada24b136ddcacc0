package org.coreset4j.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class TrustworthinessTest {
  @Test
  void matchesTheDefinitionComputedNaively() {
    SplittableRandom r = new SplittableRandom(4);
    int n = 120, d = 6, k = 7;
    float[] hi = new float[n * d];
    float[] lo = new float[n * 2];
    for (int i = 0; i < hi.length; i++) hi[i] = (float) r.nextGaussian();
    for (int i = 0; i < n; i++) {
      lo[2 * i] = hi[i * d] + (float) (0.5 * r.nextGaussian());
      lo[2 * i + 1] = hi[i * d + 1];
    }
    FloatMatrix x = FloatMatrix.of(hi, n, d);
    FloatMatrix y = FloatMatrix.of(lo, n, 2);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      int[] byHigh = order(x, i);
      int[] byLow = order(y, i);
      for (int p = 0; p < k; p++) {
        int j = byLow[p];
        int rank = 1 + IntStream.range(0, n - 1).filter(q -> byHigh[q] == j).findFirst().orElseThrow();
        sum += Math.max(0, rank - k);
      }
    }
    double want = 1 - 2.0 / (n * k * (2.0 * n - 3 * k - 1)) * sum;
    try (Parallel p1 = new Parallel(1); Parallel p2 = new Parallel(2)) {
      assertThat(Trustworthiness.of(x, y, k, p1)).isCloseTo(want, within(1e-12));
      assertThat(Trustworthiness.of(x, y, k, p2)).isEqualTo(Trustworthiness.of(x, y, k, p1));
      assertThat(Trustworthiness.of(x, x, k, p1)).isEqualTo(1.0);
    }
  }

  /** Other points by float64 distance from i, ties to the lower index. */
  private static int[] order(FloatMatrix m, int i) {
    double[][] rows = m.toDoubleRows();
    double[] dist = new double[m.rows()];
    for (int j = 0; j < m.rows(); j++) {
      double s = 0;
      for (int c = 0; c < m.cols(); c++) s += (rows[i][c] - rows[j][c]) * (rows[i][c] - rows[j][c]);
      dist[j] = s;
    }
    return IntStream.range(0, m.rows()).filter(j -> j != i).boxed()
        .sorted(Comparator.<Integer>comparingDouble(j -> dist[j]).thenComparingInt(j -> j))
        .mapToInt(Integer::intValue).toArray();
  }
}
