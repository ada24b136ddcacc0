package org.coreset4j.selection.coincide;

import org.coreset4j.data.FloatMatrix;

/**
 * Greedy MMD^2 prototypes (Kim et al. 2016) inside one cluster of n rows: each step adds the
 * candidate c minimising J(S + c) = mean(K[S+c, S+c]) - 2 mean(K[:, S+c]), ties to the lowest row.
 * With A = sum of K over S x S, B = sum over s in S of the row sums of K, and r_c = sum over s in S
 * of k(s, c), J(S + c) = (A + 2 r_c + 1) / m^2 - 2 (B + rowSum_c) / (n m) with m = |S| + 1, so a
 * step costs O(n) plus one kernel row, O(n D), to update r.
 */
final class GreedyMmd {
  private GreedyMmd() {}

  /** {@code count} row positions of {@code m} in pick order; {@code rowSums} from the kernel. */
  static int[] pick(FloatMatrix m, double[] rowSums, int count, GaussianKernel kernel) {
    int n = m.rows();
    double[] r = new double[n];
    double[] kRow = new double[n];
    boolean[] chosen = new boolean[n];
    int[] picks = new int[count];
    double a = 0;
    double b = 0;
    for (int t = 0; t < count; t++) {
      double size = t + 1;
      double best = Double.POSITIVE_INFINITY;
      int arg = -1;
      for (int c = 0; c < n; c++) {
        if (!chosen[c]) {
          double j = (a + 2 * r[c] + 1) / (size * size) - 2 * (b + rowSums[c]) / (n * size);
          if (j < best) {
            best = j;
            arg = c;
          }
        }
      }
      picks[t] = arg;
      chosen[arg] = true;
      a += 2 * r[arg] + 1;
      b += rowSums[arg];
      kernel.row(m, arg, kRow);
      for (int c = 0; c < n; c++) {
        r[c] += kRow[c];
      }
    }
    return picks;
  }
}
