package org.coreset4j.neighbors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;

class ExactKnnTest {
  @Test
  void matchesBruteForceWithDuplicateRows() {
    SplittableRandom r = new SplittableRandom(3);
    int n = 600, d = 9, k = 5;
    float[] v = new float[n * d];
    for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
    // duplicates: rows 10..19 copy rows 0..9, so distance ties must go to the lower index
    System.arraycopy(v, 0, v, 10 * d, 10 * d);
    FloatMatrix x = FloatMatrix.of(v, n, d);
    KnnGraph g1;
    KnnGraph g2;
    try (Parallel p1 = new Parallel(1); Parallel p2 = new Parallel(2)) {
      g1 = ExactKnn.build(x, k, p1, Progress.NONE);
      g2 = ExactKnn.build(x, k, p2, Progress.NONE);
    }
    assertThat(g2.index()).isEqualTo(g1.index());
    for (int i = 0; i < n; i++) {
      final int qi = i;
      double[] dist = new double[n];
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int c = 0; c < d; c++) {
          double t = (double) v[qi * d + c] - v[j * d + c];
          s += t * t;
        }
        dist[j] = s;
      }
      int[] want = IntStream.range(0, n).filter(j -> j != qi).boxed()
          .sorted(Comparator.<Integer>comparingDouble(j -> dist[j]).thenComparingInt(j -> j))
          .limit(k).mapToInt(Integer::intValue).toArray();
      assertThat(Arrays.copyOfRange(g1.index(), i * k, i * k + k)).as("row %d", i).isEqualTo(want);
    }
  }
}
