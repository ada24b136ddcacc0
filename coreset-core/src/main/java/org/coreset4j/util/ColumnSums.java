package org.coreset4j.util;

/**
 * Float64 column sums whose rounding does not depend on the thread count: each fixed chunk of rows
 * is summed into its own array and the arrays are added in chunk order (with one chunk, exactly
 * the plain sum in row order); and the means and inverse standard deviations made from them.
 */
public final class ColumnSums {
  private ColumnSums() {}

  /** Adds rows [from, to) into {@code sum}. */
  @FunctionalInterface
  public interface Rows {
    void addTo(double[] sum, int from, int to);
  }

  /** The column sums of {@code n} rows of {@code width} values, in chunks of {@code chunk} rows. */
  public static double[] of(int n, int width, int chunk, Parallel parallel, Rows rows) {
    double[][] partial = new double[Parallel.chunkCount(n, chunk)][];
    parallel.forChunks(n, chunk, (c, from, to) -> {
      double[] s = new double[width];
      rows.addTo(s, from, to);
      partial[c] = s;
    });
    double[] total = new double[width];
    for (double[] p : partial) {
      for (int j = 0; j < width; j++) {
        total[j] += p[j];
      }
    }
    return total;
  }

  /** Adds {@code row} into {@code sum}, or, given a {@code center}, its squared deviations from it. */
  public static void add(float[] row, double[] center, double[] sum) {
    for (int j = 0; j < sum.length; j++) {
      double x = center == null ? row[j] : row[j] - center[j];
      sum[j] += center == null ? x : x * x;
    }
  }

  /** The means: {@code sum} divided by {@code n}, in place. */
  public static double[] divide(double[] sum, int n) {
    for (int j = 0; j < sum.length; j++) {
      sum[j] /= n;
    }
    return sum;
  }

  /** 1 / sqrt(squares / n), the inverse population standard deviations; 1 for a constant column. */
  public static double[] inverseStd(double[] squares, int n) {
    double[] inv = new double[squares.length];
    for (int j = 0; j < squares.length; j++) {
      double sd = Math.sqrt(squares[j] / n);
      inv[j] = sd > 0 ? 1 / sd : 1;
    }
    return inv;
  }
}
