package org.coreset4j.distill;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;

/**
 * The k real rows nearest to each synthetic row by squared Euclidean distance, summed in float64;
 * ties go to the lower index. Brute force, O(M N D).
 */
final class NearestRows {
  private NearestRows() {}

  /** Row-major M x k indices into {@code real}. */
  static long[] of(FloatMatrix real, FloatMatrix synthetic, int k, Parallel par) {
    int m = synthetic.rows();
    int d = real.cols();
    long[] out = new long[m * k];
    par.forChunks(m, 4, (chunk, from, to) -> {
      float[] q = new float[d];
      float[] x = new float[d];
      for (int i = from; i < to; i++) {
        synthetic.copyRow(i, q);
        double[] best = new double[k];
        int[] bestIndex = new int[k];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int r = 0; r < real.rows(); r++) {
          real.copyRow(r, x);
          double s = 0;
          for (int c = 0; c < d; c++) {
            double diff = (double) q[c] - x[c];
            s += diff * diff;
          }
          insert(best, bestIndex, s, r);
        }
        for (int j = 0; j < k; j++) {
          out[i * k + j] = bestIndex[j];
        }
      }
    });
    return out;
  }

  /** Inserts (s, r) into the ascending list; strict comparison keeps the earlier (lower) index first. */
  private static void insert(double[] best, int[] bestIndex, double s, int r) {
    int k = best.length;
    if (!(s < best[k - 1])) {
      return;
    }
    int pos = k - 1;
    while (pos > 0 && s < best[pos - 1]) {
      best[pos] = best[pos - 1];
      bestIndex[pos] = bestIndex[pos - 1];
      pos--;
    }
    best[pos] = s;
    bestIndex[pos] = r;
  }
}
