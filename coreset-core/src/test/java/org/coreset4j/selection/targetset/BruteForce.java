package org.coreset4j.selection.targetset;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;

/** Plain float64 definitions of NormSim and VAS, written as explicit sums over the target rows. */
final class BruteForce {
  private BruteForce() {}

  static double[][] unitRows(FloatMatrix x) {
    double[][] r = x.toDoubleRows();
    for (double[] row : r) {
      double ss = 0;
      for (double v : row) {
        ss += v * v;
      }
      double norm = Math.sqrt(ss);
      for (int j = 0; j < row.length; j++) {
        row[j] /= norm;
      }
    }
    return r;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }

  /** (sum_t |x_i . t|^2)^(1/2), or max_t |x_i . t| when {@code infinity}. */
  static double[] normSim(FloatMatrix features, FloatMatrix target, boolean infinity) {
    double[][] x = unitRows(features);
    double[][] t = unitRows(target);
    double[] s = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double acc = 0;
      for (double[] row : t) {
        double c = Math.abs(dot(x[i], row));
        acc = infinity ? Math.max(acc, c) : acc + c * c;
      }
      s[i] = infinity ? acc : Math.sqrt(acc);
    }
    return s;
  }

  /** (1/M) sum_t (x_i . t)^2 over the rows t of {@code moments} (the target, or the data itself). */
  static double[] vas(FloatMatrix features, FloatMatrix moments) {
    double[][] x = unitRows(features);
    double[][] t = unitRows(moments);
    double[] s = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double acc = 0;
      for (double[] row : t) {
        double c = dot(x[i], row);
        acc += c * c;
      }
      s[i] = acc / t.length;
    }
    return s;
  }

  /** The k highest, ties to the lower index, ascending. */
  static int[] top(double[] score, int k) {
    return IntStream.range(0, score.length).boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i))
        .limit(k).mapToInt(Integer::intValue).sorted().toArray();
  }
}
