package org.coreset4j.testing;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;

/** Plain float64 reference computations shared by selector tests. */
public final class BruteForce {
  private BruteForce() {}

  /** cos(a_i, b_i) for every row pair, summed in float64. */
  public static double[] pairCosines(FloatMatrix image, FloatMatrix text) {
    double[][] a = image.toDoubleRows(), b = text.toDoubleRows();
    double[] cos = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      double ab = 0, aa = 0, bb = 0;
      for (int c = 0; c < a[i].length; c++) {
        ab += a[i][c] * b[i][c];
        aa += a[i][c] * a[i][c];
        bb += b[i][c] * b[i][c];
      }
      cos[i] = ab / Math.sqrt(aa * bb);
    }
    return cos;
  }

  /** The k highest scores' indices, ties to the lower index, ascending. */
  public static int[] top(double[] score, int k) {
    return IntStream.range(0, score.length).boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i))
        .limit(k).mapToInt(Integer::intValue).sorted().toArray();
  }
}
