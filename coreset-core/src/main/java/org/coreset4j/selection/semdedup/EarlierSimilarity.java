package org.coreset4j.selection.semdedup;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.clustering.ClusterMembers;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.selection.semdedup.SemDeDupParams.Keep;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Ranking;
import org.coreset4j.util.Sampling;
import org.coreset4j.util.Seeds;

/**
 * For every sample j, max over the samples i walked before j in its cluster of cos(x_i, x_j)
 * (NaN for the first sample of a cluster). Clusters are walked by ascending cosine to the centroid
 * for keep=hard, descending for keep=easy (ties to the lower index), or in a seeded random order.
 * The cosines come from blocked float32 GEMMs of each cluster's unit rows, O(block x n) memory; a
 * GEMM rounds the same pair differently at different positions, so each maximum is then taken in
 * float64 over the dots the GEMM puts within its error bound of the largest. max_sim is thus the
 * float64 maximum, equal for identical rows wherever they fall, and the walk keeps the first copy.
 */
final class EarlierSimilarity {
  private EarlierSimilarity() {}

  static double[] of(FloatMatrix x, ClusterMembers members, double[] centroidCos, Keep keep, long seed,
      Parallel parallel) {
    double[] maxSim = new double[x.rows()];
    parallel.forChunks(members.clusters(), 1, (c, from, to) -> {
      int[] rows = members.rows(c);
      double[] m = ofCluster(x, rows, c, centroidCos, keep, seed);
      for (int p = 0; p < rows.length; p++) {
        maxSim[rows[p]] = m[p];
      }
    });
    return maxSim;
  }

  /**
   * max_sim of the {@code rows} (ascending) of cluster {@code c}, by position in {@code rows};
   * {@code centroidCos} is indexed by row like {@code x}.
   */
  static double[] ofCluster(FloatMatrix x, int[] rows, int c, double[] centroidCos, Keep keep, long seed) {
    int[] order = switch (keep) {
      case HARD -> Ranking.numericSorted(rows, centroidCos, false);
      case EASY -> Ranking.numericSorted(rows, centroidCos, true);
      case RANDOM -> Sampling.withoutReplacement(rows, rows.length, Seeds.derive(seed, c));
    };
    double[] m = ofOrderedRows(unitRows(x, order));
    double[] out = new double[rows.length];
    for (int p = 0; p < order.length; p++) {
      out[java.util.Arrays.binarySearch(rows, order[p])] = m[p];
    }
    return out;
  }

  private static FloatMatrix unitRows(FloatMatrix x, int[] rows) {
    FloatMatrix m = x.gather(rows);
    for (int i = 0; i < m.rows(); i++) {
      float inv = (float) (1.0 / Math.sqrt(Vectors.sumSquaresF64(m, i)));
      for (int col = 0; col < m.cols(); col++) {
        m.set(i, col, m.get(i, col) * inv);
      }
    }
    return m;
  }

  /** out[j] = max over i < j of m_i . m_j, NaN for j = 0. */
  private static double[] ofOrderedRows(FloatMatrix m) {
    int n = m.rows();
    int d = m.cols();
    double[] out = new double[n];
    if (n == 0) {
      return out;
    }
    out[0] = Double.NaN;
    double slack = gemmSlack(d);
    int block = Math.max(1, Math.min(n, (1 << 22) / n));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment dots = arena.allocate((long) block * n * Float.BYTES, 64);
      for (int r0 = 1; r0 < n; r0 += block) {
        int rows = Math.min(block, n - r0);
        int cols = r0 + rows - 1;
        Blas.sgemm(false, true, rows, cols, d, 1f, m.segment(), m.rowOffset(r0), d,
            m.segment(), 0, d, 0f, dots, 0, cols);
        for (int i = 0; i < rows; i++) {
          int j = r0 + i;
          long at = (long) i * cols;
          float best = Float.NEGATIVE_INFINITY;
          for (int e = 0; e < j; e++) {
            best = Math.max(best, dots.getAtIndex(FloatMatrix.F32, at + e));
          }
          double max = Double.NEGATIVE_INFINITY;
          for (int e = 0; e < j; e++) {
            if (dots.getAtIndex(FloatMatrix.F32, at + e) >= best - slack) {
              max = Math.max(max, Vectors.dotWide(m, e, m, j));
            }
          }
          out[j] = max;
        }
      }
    }
    return out;
  }

  /**
   * Twice a bound on |float32 dot - float64 dot| for two float32-normalised rows (|x||y| < 1.01):
   * gamma_d = d u / (1 - d u), u = 2^-24, holds for any summation order; with d u < 1/4 this is
   * below 1.35 d u, and the float64 dot's own error is below 0.01 d u. A dot more than this below
   * the largest GEMM value cannot be the largest float64 dot.
   */
  private static double gemmSlack(int d) {
    double du = d * 0x1p-24;
    return du < 0.25 ? 4 * du : Double.POSITIVE_INFINITY;
  }
}
