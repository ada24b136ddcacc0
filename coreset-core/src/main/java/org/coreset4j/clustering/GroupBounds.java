package org.coreset4j.clustering;

import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Yinyang k-means' bounds (Ding et al. 2015, "Yinyang K-Means", ICML): the centroids are
 * split once into G groups by a short k-means over the initial centroids, and every row keeps, per
 * group, a lower bound l_g on ||x - c_j|| over the group's centroids other than its own. When the
 * centroids move by delta_j, l_g drops by max_{j in g} delta_j (triangle inequality). A row keeps its
 * centroid a without any GEMM work when min_g l_g^2 > ||x||^2 + max_j w_j - 2 T_a, with T_a, w as in
 * {@link CentroidScores}: then every other centroid scores strictly below T_a. Otherwise the same
 * test per group (Yinyang's group filter) leaves out the groups that cannot win. Bounds are float32
 * rounded down; a relative slack of 1e-9 covers the float64 rounding of the test, of T and of the
 * updates (at most about 4 D 2^-53 relative, so for D below 10^6).
 */
final class GroupBounds {
  private static final double SLACK = 1e-9;
  /** Ding et al. use G = K / 10; more groups cost memory (N x G floats) and bound work per row. */
  private static final int MAX_GROUPS = 64;
  private static final int ROW_CHUNK = 4096;

  private final int groups;
  private final int[] groupOf;
  private final float[] lower;
  /** max_j w_j, and min_j w_j per group, of the current centroids. */
  private double maxW;
  private final double[] minW;

  /** Bounds for {@code n} rows, all 0 until refreshed, over centroids grouped by {@code groupOf}. */
  GroupBounds(int n, int[] groupOf) {
    this.groups = Arrays.stream(groupOf).max().orElse(0) + 1;
    this.groupOf = groupOf;
    this.lower = new float[Math.multiplyExact(n, groups)];
    this.minW = new double[groups];
  }

  /**
   * Each centroid's group for bounds over {@code n} rows: {@link #groupsFor} groups found by 5
   * Lloyd passes over the centroids from a random start drawn with {@code seed}.
   */
  static int[] groupsOf(FloatMatrix centroids, int n, Parallel parallel, long seed) {
    int k = centroids.rows();
    int groups = groupsFor(k, n);
    return groups == 1 ? new int[k]
        : KMeans.fit(centroids, new KMeansParams(groups, 5, Similarity.SQEUCLIDEAN, KMeansParams.Init.RANDOM, 0, seed),
            parallel, Progress.NONE, false).assignment();
  }

  /**
   * Per group, the largest move ||c_j' - c_j|| of its centroids, in float64 enlarged by the slack,
   * leaving out the centroids marked {@code fresh} (re-seeded ones, which jump): every pass that
   * follows such a drift must bound each row's distance to them itself ({@link #lowerTo}).
   */
  static double[] drift(FloatMatrix before, FloatMatrix now, int[] groupOf, boolean[] fresh) {
    double[] drift = new double[Arrays.stream(groupOf).max().orElse(0) + 1];
    for (int j = 0; j < groupOf.length; j++) {
      if (fresh == null || !fresh[j]) {
        double dj = Math.sqrt(Vectors.squaredDistanceWide(now, j, before, j)) * (1 + SLACK);
        drift[groupOf[j]] = Math.max(drift[groupOf[j]], dj);
      }
    }
    return drift;
  }

  /**
   * Lowers the row's bound for centroid j's group to a lower bound on ||x - c_j||, from its float32
   * score {@code s} (within {@code error} of T_j): ||x - c_j||^2 >= ||x||^2 + w_j - 2 (s + E).
   */
  void lowerTo(int row, int j, double squaredNorm, float s, double error, CentroidScores scores) {
    double d2 = squaredNorm + scores.w[j] - 2 * (s + error);
    int at = row * groups + groupOf[j];
    lower[at] = Math.min(lower[at], CentroidScores.roundedDown(Math.sqrt(Math.max(0, d2))));
  }

  /** Takes max_j w_j and the per-group minima of w from the centroids a pass scores with. */
  void weigh(CentroidScores s) {
    Arrays.fill(minW, Double.POSITIVE_INFINITY);
    maxW = 0;
    for (int j = 0; j < groupOf.length; j++) {
      minW[groupOf[j]] = Math.min(minW[groupOf[j]], s.w[j]);
      maxW = Math.max(maxW, s.w[j]);
    }
  }

  /** G = K / 10, at most 64 and at most 2^28 bounds in all (1 GiB), at least 1. */
  static int groupsFor(int k, int n) {
    return Math.max(1, Math.min(Math.min(k / 10, MAX_GROUPS), (1 << 28) / Math.max(n, 1)));
  }

  /**
   * Marks in {@code need} the groups whose bounds do not prove that all their centroids score below
   * T_a = {@code own} (the row's float64 score for its own centroid); returns how many.
   */
  int needs(int row, double squaredNorm, double own, boolean[] need) {
    double rest = squaredNorm + maxW - 2 * own;
    int count = 0;
    for (int g = 0; g < groups; g++) {
      double l = lower[row * groups + g];
      need[g] = !(l > 0 && l * l * (1 - SLACK) > rest + SLACK * (squaredNorm + Math.abs(rest) + maxW));
      count += need[g] ? 1 : 0;
    }
    return count;
  }

  /**
   * Resets the bounds of the groups in {@code need} (all when null) from the row's float32 inner
   * products with the grouped columns ({@code dots}, its new centroid {@code label}'s set to
   * -infinity), whose scores s_j = dots_j - h_j err by at most {@code error}:
   * ||x - c_j||^2 >= ||x||^2 + w_j - 2 (s_j + E). When the row left centroid {@code own} (float64
   * score {@code ownScore}) for another group, own's group takes in its distance.
   */
  void refresh(int row, int label, int own, double ownScore, double squaredNorm, double error, float[] dots,
      CentroidScores s, boolean[] need) {
    for (int g = 0; g < groups; g++) {
      if (need != null && !need[g]) {
        continue;
      }
      float top = Float.NEGATIVE_INFINITY;
      for (int p = s.start[g]; p < s.start[g + 1]; p++) {
        top = Math.max(top, dots[p] - s.halfAll[p]);
      }
      double d2 = squaredNorm + minW[g] - 2 * (top + error);
      lower[row * groups + g] = top == Float.NEGATIVE_INFINITY ? Float.POSITIVE_INFINITY
          : CentroidScores.roundedDown(Math.sqrt(Math.max(0, d2)));
    }
    if (own >= 0 && own != label && need != null && !need[groupOf[own]]) {
      double d2 = (squaredNorm + s.w[own] - 2 * ownScore) * (1 - SLACK);
      int at0 = row * groups + groupOf[own];
      lower[at0] = Math.min(lower[at0], CentroidScores.roundedDown(Math.sqrt(Math.max(0, d2))));
    }
  }

  /** Drops the row's bounds to 0, so that its next pass computes all its scores. */
  void forget(int row) {
    Arrays.fill(lower, row * groups, (row + 1) * groups, 0f);
  }

  /** The centroids moved by {@code drift} (see {@link #drift}): lowers every bound by its group's. */
  void lower(double[] drift, Parallel parallel) {
    int n = lower.length / groups;
    parallel.forChunks(n, ROW_CHUNK, (chunk, from, to) -> {
      for (int row = from; row < to; row++) {
        for (int g = 0, i = row * groups; g < groups; g++, i++) {
          lower[i] = CentroidScores.roundedDown(lower[i] - drift[g]);
        }
      }
    });
  }

  int groups() {
    return groups;
  }
}
