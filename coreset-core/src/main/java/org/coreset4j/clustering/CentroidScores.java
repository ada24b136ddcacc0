package org.coreset4j.clustering;

import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.kernels.Vectors;

/**
 * The assignment rule every k-means pass shares, plain or bounded. Row x goes to the centroid with
 * the largest score T_j = x.c_j - h_j (h_j = ||c_j||^2 / 2 for Euclidean, 0 for spherical), both
 * terms in float64 ({@link Vectors#dotWide}), ties to the lowest index. Float32 scores
 * s_j = fl(fl(x.c_j) - fl(h_j)) from any GEMM only narrow the choice: for every summation order
 * |s_j - T_j| <= E = 2 gamma_{D+2} (||x|| max_j ||c_j|| + max_j h_j), gamma_n = n u / (1 - n u),
 * u = 2^-24 (Higham 2002, eq. 3.5, doubled for the float32 rounding of h and of the difference), so
 * only centroids with s_j >= max s - 2E can win, and only those are scored in float64.
 */
final class CentroidScores {
  private static final double U = 0x1p-24;

  final Similarity metric;
  final FloatMatrix centroids;
  /** h_j rounded to float32, subtracted from the GEMM's inner products. */
  final float[] half32;
  private final double[] half;
  /** ||c_j||^2 for spherical k-means, 0 for Euclidean: ||x - c_j||^2 = ||x||^2 + w_j - 2 T_j. */
  final double[] w;
  private final double maxNorm;
  private final double maxHalf;
  private final double gamma;

  CentroidScores(Similarity metric, FloatMatrix centroids) {
    int k = centroids.rows();
    this.metric = metric;
    this.centroids = centroids;
    this.half32 = new float[k];
    this.half = new double[k];
    this.w = new double[k];
    double maxSq = 0;
    double maxH = 0;
    for (int j = 0; j < k; j++) {
      double sq = Vectors.sumSquaresF64(centroids, j);
      maxSq = Math.max(maxSq, sq);
      if (metric == Similarity.SQEUCLIDEAN) {
        half[j] = 0.5 * sq;
        half32[j] = (float) half[j];
        maxH = Math.max(maxH, half[j]);
      } else {
        w[j] = sq;
      }
    }
    this.maxNorm = Math.sqrt(maxSq);
    this.maxHalf = maxH;
    double nu = (centroids.cols() + 2) * U;
    this.gamma = nu / (1 - nu);
  }

  /** ||x||^2 from the row norm k-means keeps (||x|| for spherical, ||x||^2 for Euclidean). */
  double squaredNorm(double norm) {
    return metric == Similarity.COSINE ? norm * norm : norm;
  }

  /** E for a row: the bound on |s_j - T_j| over all centroids. */
  double error(double norm) {
    return 2 * gamma * (Math.sqrt(squaredNorm(norm)) * maxNorm + maxHalf);
  }

  /** T_j of row {@code row}, in float64. */
  double score(FloatMatrix x, int row, int j) {
    return Vectors.dotWide(x, row, centroids, j) - half[j];
  }

  /** The row's share of the objective from its best score, as {@link KMeansIteration} defines it. */
  double fit(double norm, double best) {
    return Math.max(0.0, metric == Similarity.SQEUCLIDEAN ? norm - 2.0 * best : norm - best);
  }

  /**
   * The centroid of {@code row} from its K float32 inner products at byte {@code at} of
   * {@code dots}: the float32 argmax when no other centroid comes within 2E of it, else the float64
   * argmax over those that do.
   */
  int best(FloatMatrix x, int row, double norm, MemorySegment dots, long at) {
    int k = half32.length;
    int arg = Vectors.argmaxDifference(dots, at, half32, k);
    double top = dots.get(FloatMatrix.F32, at + (long) arg * Float.BYTES) - half32[arg];
    float threshold = roundedDown(top - 2 * error(norm));
    int j = Vectors.firstAtLeast(dots, at, half32, 0, k, threshold);
    if (j == arg && Vectors.firstAtLeast(dots, at, half32, arg + 1, k, threshold) == k) {
      return arg;
    }
    int winner = j;
    double winning = score(x, row, j);
    for (j = Vectors.firstAtLeast(dots, at, half32, j + 1, k, threshold); j < k;
        j = Vectors.firstAtLeast(dots, at, half32, j + 1, k, threshold)) {
      double t = score(x, row, j);
      if (t > winning) {
        winning = t;
        winner = j;
      }
    }
    return winner;
  }

  /** The largest float not above v. */
  static float roundedDown(double v) {
    float f = (float) v;
    return f > v ? Math.nextDown(f) : f;
  }
}
