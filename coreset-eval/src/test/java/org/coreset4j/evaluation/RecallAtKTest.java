package org.coreset4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecallAtKTest {
  @Test
  void matchesSortingTheCandidates() {
    SplittableRandom r = new SplittableRandom(8);
    int n = 50, dim = 3;
    double[] a = new double[n * dim];
    double[] b = new double[n * dim];
    for (int i = 0; i < a.length; i++) {
      // coarse values so that ties occur
      a[i] = r.nextInt(3) - 1;
      b[i] = r.nextInt(3) - 1;
    }
    int[] ks = {1, 5, 10};
    assertThat(RecallAtK.imageToText(a, b, n, dim, ks)).containsExactly(bruteForce(a, b, n, dim, ks));
    assertThat(RecallAtK.textToImage(a, b, n, dim, ks)).containsExactly(bruteForce(b, a, n, dim, ks));
  }

  /** Sorts each query's candidates by descending score, ties by ascending index; hit if i is among the first K. */
  private static double[] bruteForce(double[] q, double[] c, int n, int dim, int[] ks) {
    double[] out = new double[ks.length];
    for (int i = 0; i < n; i++) {
      final int qi = i;
      double[] s = new double[n];
      for (int j = 0; j < n; j++) {
        for (int t = 0; t < dim; t++) {
          s[j] += q[qi * dim + t] * c[j * dim + t];
        }
      }
      int[] order = IntStream.range(0, n).boxed()
          .sorted(Comparator.<Integer>comparingDouble(j -> -s[j]).thenComparingInt(j -> j))
          .mapToInt(Integer::intValue).toArray();
      for (int k = 0; k < ks.length; k++) {
        for (int p = 0; p < ks[k]; p++) {
          if (order[p] == qi) {
            out[k] += 1;
          }
        }
      }
    }
    for (int k = 0; k < ks.length; k++) {
      out[k] = 100.0 * out[k] / n;
    }
    return out;
  }
}
