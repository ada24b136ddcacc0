package org.coreset4j.evaluation;

/**
 * Retrieval recall over n row-aligned pairs (image i is paired with caption i): with similarities
 * s_ij = a_i . b_j, the rank of the pair among image i's candidates is #{j : s_ij > s_ii} +
 * #{j < i : s_ij = s_ii} (ties count the lower index first); a hit at K when the rank is below K.
 * Text to image ranks column j the same way. Values are percentages.
 */
final class RecallAtK {
  private RecallAtK() {}

  /** Percent of images whose paired caption ranks in the top K, for each K (a, b are n x dim). */
  static double[] imageToText(double[] a, double[] b, int n, int dim, int[] ks) {
    int[] ranks = new int[n];
    for (int i = 0; i < n; i++) {
      double own = dot(a, i, b, i, dim);
      int rank = 0;
      for (int j = 0; j < n; j++) {
        double s = dot(a, i, b, j, dim);
        if (s > own || (s == own && j < i)) {
          rank++;
        }
      }
      ranks[i] = rank;
    }
    double[] out = new double[ks.length];
    for (int q = 0; q < ks.length; q++) {
      int hits = 0;
      for (int r : ranks) {
        hits += r < ks[q] ? 1 : 0;
      }
      out[q] = 100.0 * hits / n;
    }
    return out;
  }

  /** Percent of captions whose paired image ranks in the top K. */
  static double[] textToImage(double[] a, double[] b, int n, int dim, int[] ks) {
    return imageToText(b, a, n, dim, ks);
  }

  private static double dot(double[] x, int i, double[] y, int j, int dim) {
    double s = 0;
    for (int c = 0; c < dim; c++) {
      s += x[i * dim + c] * y[j * dim + c];
    }
    return s;
  }
}
