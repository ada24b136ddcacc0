package org.coreset4j.clustering;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
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
 * only centroids with s_j >= max s - 2E (and s_j >= T_a - E when the row's own T_a is known) can
 * win, and only those are scored in float64. The centroids are also laid out group by group
 * ({@link #grouped}, column p holding centroid {@code order[p]}), so that a GEMM can cover the
 * groups a row needs; without groups that layout is the centroids themselves.
 */
final class CentroidScores {
  private static final double U = 0x1p-24;

  final Similarity metric;
  final FloatMatrix centroids;
  /** ||c_j||^2 for spherical k-means, 0 for Euclidean: ||x - c_j||^2 = ||x||^2 + w_j - 2 T_j. */
  final double[] w;
  /** The centroids ordered by group: column p of the GEMM is centroid order[p]. */
  final FloatMatrix grouped;
  final int[] order;
  /** Group g covers columns [start[g], start[g + 1]). */
  final int[] start;
  /** The grouped column of each centroid (the inverse of {@link #order}). */
  final int[] column;
  /** h of the grouped columns, rounded to float32: all of them, and one array per group. */
  final float[] halfAll;
  final float[][] half32;
  private final double[] half;
  private final double maxNorm;
  private final double maxHalf;
  private final double gamma;

  /** {@code groupOf} gives each centroid's group, or is null for one group in index order. */
  CentroidScores(Similarity metric, FloatMatrix centroids, int[] groupOf) {
    int k = centroids.rows();
    this.metric = metric;
    this.centroids = centroids;
    this.half = new double[k];
    this.w = new double[k];
    double maxSq = 0;
    for (int j = 0; j < k; j++) {
      double sq = Vectors.sumSquaresF64(centroids, j);
      maxSq = Math.max(maxSq, sq);
      half[j] = metric == Similarity.SQEUCLIDEAN ? 0.5 * sq : 0;
      w[j] = metric == Similarity.SQEUCLIDEAN ? 0 : sq;
    }
    this.maxNorm = Math.sqrt(maxSq);
    this.maxHalf = metric == Similarity.SQEUCLIDEAN ? 0.5 * maxSq : 0;
    double nu = (centroids.cols() + 2) * U;
    this.gamma = nu / (1 - nu);
    int groups = groupOf == null ? 1 : Arrays.stream(groupOf).max().orElse(0) + 1;
    this.start = new int[groups + 1];
    this.order = new int[k];
    for (int j = 0; j < k; j++) {
      start[(groupOf == null ? 0 : groupOf[j]) + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    int[] next = Arrays.copyOf(start, groups);
    for (int j = 0; j < k; j++) {
      order[next[groupOf == null ? 0 : groupOf[j]]++] = j;
    }
    this.grouped = groupOf == null ? centroids : centroids.gatherInto(order, FloatMatrix.allocateNative(k, centroids.cols()));
    this.halfAll = new float[k];
    this.column = new int[k];
    for (int p = 0; p < k; p++) {
      halfAll[p] = (float) half[order[p]];
      column[order[p]] = p;
    }
    this.half32 = new float[groups][];
    for (int g = 0; g < groups; g++) {
      half32[g] = Arrays.copyOfRange(halfAll, start[g], start[g + 1]);
    }
  }

  int groups() {
    return half32.length;
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
   * The centroid of {@code row}, given its float32 inner products with the grouped columns at byte
   * {@code at} of {@code dots} for the groups in {@code needed} (all when null) and, when
   * {@code own >= 0}, its float64 score {@code ownScore} for centroid {@code own}, every centroid in
   * the other groups being known to score below it.
   */
  int best(FloatMatrix x, int row, double norm, MemorySegment dots, long at, boolean[] needed, int own,
      double ownScore) {
    int segments = needed == null ? 1 : groups();
    double top = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < segments; g++) {
      float[] h = needed == null ? halfAll : half32[g];
      if (h.length > 0 && (needed == null || needed[g])) {
        long from = at + (long) (needed == null ? 0 : start[g]) * Float.BYTES;
        int arg = Vectors.argmaxDifference(dots, from, h, h.length);
        top = Math.max(top, dots.get(FloatMatrix.F32, from + (long) arg * Float.BYTES) - h[arg]);
      }
    }
    double e = error(norm);
    float threshold = roundedDown(own >= 0 ? Math.max(top - 2 * e, ownScore - e) : top - 2 * e);
    int winner = own;
    double winning = own >= 0 ? ownScore : Double.NEGATIVE_INFINITY;
    for (int g = 0; g < segments; g++) {
      if (needed != null && !needed[g]) {
        continue;
      }
      int first = needed == null ? 0 : start[g];
      float[] h = needed == null ? halfAll : half32[g];
      long from = at + (long) first * Float.BYTES;
      for (int p = Vectors.firstAtLeast(dots, from, h, 0, h.length, threshold); p < h.length;
          p = Vectors.firstAtLeast(dots, from, h, p + 1, h.length, threshold)) {
        int j = order[first + p];
        if (j == own) {
          continue;
        }
        double t = score(x, row, j);
        if (t > winning || (t == winning && j < winner)) {
          winning = t;
          winner = j;
        }
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
