package org.coreset4j.clustering;

import java.util.SplittableRandom;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Sampling;

/**
 * The rows that become the first centroids: K distinct random rows, or k-means++ (Arthur and
 * Vassilvitskii 2007: each next row drawn with probability proportional to its distance to the
 * nearest chosen row, the distance being the row's share of the objective). k-means++ costs
 * O(N K D) without GEMM, about as much as several Lloyd iterations.
 */
final class KMeansInit {
  private static final int CHUNK = 4096;

  private KMeansInit() {}

  static int[] rows(FloatMatrix x, int k, KMeansParams p, double[] norms, Parallel parallel) {
    return switch (p.init()) {
      case RANDOM -> Sampling.withoutReplacement(x.rows(), k, p.seed());
      case KMEANS_PLUS_PLUS -> kmeansPlusPlus(x, k, p.metric(), p.seed(), norms, parallel);
    };
  }

  private static int[] kmeansPlusPlus(FloatMatrix x, int k, Similarity metric, long seed, double[] norms,
      Parallel parallel) {
    int n = x.rows();
    SplittableRandom rng = new SplittableRandom(seed);
    int[] chosen = new int[k];
    boolean[] taken = new boolean[n];
    double[] minDist = new double[n];
    java.util.Arrays.fill(minDist, Double.POSITIVE_INFINITY);
    double[] chunkSums = new double[Parallel.chunkCount(n, CHUNK)];
    chosen[0] = rng.nextInt(n);
    taken[chosen[0]] = true;
    for (int t = 1; t < k; t++) {
      int c = chosen[t - 1];
      parallel.forChunks(n, CHUNK, (chunk, from, to) -> {
        double s = 0;
        for (int i = from; i < to; i++) {
          double dist = taken[i] ? 0.0 : distance(x, i, c, metric, norms);
          minDist[i] = Math.min(minDist[i], dist);
          s += minDist[i];
        }
        chunkSums[chunk] = s;
      });
      chosen[t] = draw(minDist, chunkSums, taken, rng.nextDouble());
      taken[chosen[t]] = true;
    }
    return chosen;
  }

  /** The row whose cumulative weight first exceeds u * total (chunk sums added in chunk order). */
  private static int draw(double[] weight, double[] chunkSums, boolean[] taken, double u) {
    double total = 0;
    for (double s : chunkSums) {
      total += s;
    }
    int last = -1;
    if (total > 0) {
      double target = u * total;
      double before = 0;
      for (int chunk = 0; chunk < chunkSums.length; chunk++) {
        if (before + chunkSums[chunk] <= target && chunk < chunkSums.length - 1) {
          before += chunkSums[chunk];
          continue;
        }
        double cum = before;
        int end = Math.min(weight.length, (chunk + 1) * CHUNK);
        for (int i = chunk * CHUNK; i < end; i++) {
          if (weight[i] > 0) {
            cum += weight[i];
            last = i;
            if (cum > target) {
              return i;
            }
          }
        }
        before = cum;
      }
    }
    if (last >= 0) {
      return last;
    }
    for (int i = 0; i < taken.length; i++) {
      if (!taken[i]) {
        return i;
      }
    }
    throw new IllegalStateException("no row left to choose");
  }

  private static double distance(FloatMatrix x, int i, int c, Similarity metric, double[] norms) {
    if (metric == Similarity.SQEUCLIDEAN) {
      return Vectors.squaredDistance(x, i, x, c);
    }
    return norms[c] == 0 ? norms[i] : Math.max(0.0, norms[i] - Vectors.dot(x, i, x, c) / norms[c]);
  }
}
