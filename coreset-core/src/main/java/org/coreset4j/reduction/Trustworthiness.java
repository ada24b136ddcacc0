package org.coreset4j.reduction;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * Trustworthiness of an embedding (Venna and Kaski 2001): with r(i, j) the rank of j among i's
 * neighbours in the original space (1 = nearest; ties to the lower index) and U_i the k nearest
 * neighbours of i in the embedding that are not among its k nearest in the original space,
 * T(k) = 1 - 2 / (n k (2n - 3k - 1)) sum_i sum_{j in U_i} (r(i, j) - k). 1 means every embedding
 * neighbour is a true neighbour. Brute force: O(n^2 (D + D')) time, O(n) memory per thread.
 */
public final class Trustworthiness {
  private static final int CHUNK = 64;

  private Trustworthiness() {}

  public static double of(FloatMatrix original, FloatMatrix embedding, int k, Parallel parallel) {
    int n = original.rows();
    if (embedding.rows() != n) {
      throw new IllegalArgumentException("row counts differ: " + n + " != " + embedding.rows());
    }
    if (k < 1 || 2 * n - 3 * k - 1 <= 0) {
      throw new IllegalArgumentException("k = " + k + " must be >= 1 with 3k < 2n - 1, n = " + n);
    }
    long[] penalty = new long[Parallel.chunkCount(n, CHUNK)];
    parallel.forChunks(n, CHUNK, (c, from, to) -> {
      float[] high = new float[n];
      float[] low = new float[n];
      long sum = 0;
      for (int i = from; i < to; i++) {
        for (int j = 0; j < n; j++) {
          high[j] = Vectors.squaredDistance(original, i, original, j);
          low[j] = Vectors.squaredDistance(embedding, i, embedding, j);
        }
        for (int j : nearest(low, i, k)) {
          int rank = rank(high, i, j);
          if (rank > k) {
            sum += rank - k;
          }
        }
      }
      penalty[c] = sum;
    });
    long total = 0;
    for (long p : penalty) {
      total += p;
    }
    return 1.0 - 2.0 * total / ((double) n * k * (2.0 * n - 3.0 * k - 1.0));
  }

  /** Rank (1-based) of j among the points other than i, by distance then index. */
  private static int rank(float[] dist, int i, int j) {
    int closer = 0;
    for (int m = 0; m < dist.length; m++) {
      if (m != i && m != j && (dist[m] < dist[j] || (dist[m] == dist[j] && m < j))) {
        closer++;
      }
    }
    return closer + 1;
  }

  /** The k points other than i nearest by {@code dist}, ties to the lower index. */
  private static int[] nearest(float[] dist, int i, int k) {
    int[] best = new int[k];
    int size = 0;
    for (int m = 0; m < dist.length; m++) {
      if (m == i) {
        continue;
      }
      int pos = size < k ? size++ : k;
      // insertion into the sorted prefix; m is larger than all kept indices so ties stay behind
      while (pos > 0 && dist[best[pos - 1]] > dist[m]) {
        if (pos < k) {
          best[pos] = best[pos - 1];
        }
        pos--;
      }
      if (pos < k) {
        best[pos] = m;
      }
    }
    return best;
  }
}
