package org.coreset4j.selection.targetset;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.kernels.Blas;
import org.coreset4j.util.Parallel;

/**
 * The quadratic-form scores shared by NormSim with p = 2 and VAS: the second-moment matrix
 * S = sum_r u_r u_r^T of a set of unit rows, and q_i = u_i^T S u_i for every unit row u_i of the
 * data. Both go through float64 GEMM (on native memory) of fixed row blocks: S costs O(M D^2) and
 * the scores O(N D^2), never an N x M product. Results are the same for any number of threads:
 * block boundaries depend only on the sizes, and S adds its per-block Grams in block order.
 */
final class QuadraticForms {
  /** Rows per GEMM block. */
  static final int BLOCK = 1024;
  /** Blocks whose Grams are formed at once before being added in order (bounds memory to ROUND D x D). */
  private static final int ROUND = 8;

  private QuadraticForms() {}

  /** S = sum_r u_r u_r^T over the unit rows of {@code u}, D x D row-major. */
  static double[] secondMoment(UnitRows u, Parallel parallel) {
    int n = u.rows();
    int d = u.cols();
    double[] s = new double[d * d];
    int blocks = Parallel.chunkCount(n, BLOCK);
    try (Arena arena = Arena.ofShared()) {
      MemorySegment[] partial = new MemorySegment[Math.min(ROUND, blocks)];
      for (int c = 0; c < partial.length; c++) {
        partial[c] = arena.allocate(JAVA_DOUBLE, (long) d * d);
      }
      double[] g = new double[d * d];
      for (int first = 0; first < blocks; first += ROUND) {
        int round = first;
        int count = Math.min(ROUND, blocks - first);
        parallel.forChunks(count, 1, (c, from, to) -> {
          int lo = (round + c) * BLOCK;
          int hi = Math.min(n, lo + BLOCK);
          try (Arena local = Arena.ofConfined()) {
            MemorySegment rows = u.block(lo, hi, local);
            Blas.dgemm(true, false, d, d, hi - lo, 1.0, rows, d, rows, d, 0.0, partial[c], d);
          }
        });
        for (int c = 0; c < count; c++) {
          MemorySegment.copy(partial[c], JAVA_DOUBLE, 0, g, 0, g.length);
          for (int j = 0; j < s.length; j++) {
            s[j] += g[j];
          }
        }
      }
    }
    return s;
  }

  /** q_i = u_i^T S u_i for every unit row u_i of {@code x}, clamped at 0 (S is positive semi-definite). */
  static double[] scores(UnitRows x, double[] s, Parallel parallel) {
    int n = x.rows();
    int d = x.cols();
    double[] q = new double[n];
    try (Arena arena = Arena.ofShared()) {
      MemorySegment sn = arena.allocate(JAVA_DOUBLE, s.length);
      MemorySegment.copy(s, 0, sn, JAVA_DOUBLE, 0, s.length);
      parallel.forChunks(n, BLOCK, (chunk, from, to) -> {
        int r = to - from;
        double[] rows = new double[r * d];
        double[] y = new double[r * d];
        try (Arena local = Arena.ofConfined()) {
          MemorySegment a = x.block(from, to, local);
          MemorySegment c = local.allocate(JAVA_DOUBLE, (long) r * d);
          Blas.dgemm(false, false, r, d, d, 1.0, a, d, sn, d, 0.0, c, d);
          MemorySegment.copy(a, JAVA_DOUBLE, 0, rows, 0, rows.length);
          MemorySegment.copy(c, JAVA_DOUBLE, 0, y, 0, y.length);
        }
        for (int i = 0; i < r; i++) {
          double v = 0;
          for (int j = i * d; j < (i + 1) * d; j++) {
            v += rows[j] * y[j];
          }
          q[from + i] = Math.max(0, v);
        }
      });
    }
    return q;
  }
}
