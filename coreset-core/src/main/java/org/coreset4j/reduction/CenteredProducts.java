package org.coreset4j.reduction;

import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.util.Parallel;

/**
 * Products with the centered matrix A = X - 1 mu^T without forming it: the centering is a rank-one
 * correction, A B = X B - 1 (mu^T B) and A^T Q = X^T Q - mu (1^T Q). The work is split into fixed
 * output blocks, each one single-threaded GEMM, so the
 * result does not depend on the thread count; input slices stay below 2 GiB. Thin operands and
 * outputs are row-major float32 segments.
 */
final class CenteredProducts {
  private static final long BLOCK_BYTES = 1L << 30;
  private static final int ROW_CHUNK = 256;
  private static final int COL_CHUNK = 2048;

  private CenteredProducts() {}

  /** Rows per block of {@code x} so that a block stays within 1 GiB. */
  static int blockRows(FloatMatrix x) {
    long perRow = Math.max(1L, (long) x.cols() * Float.BYTES);
    return (int) Math.max(1, Math.min(x.rows(), BLOCK_BYTES / perRow));
  }

  /** out (N x c) = A B with B (D x c): one GEMM per fixed chunk of rows. */
  static void times(FloatMatrix x, double[] mu, MemorySegment b, int c, MemorySegment out, Parallel parallel) {
    int d = x.cols();
    double[] shift = new double[c];
    for (int i = 0; i < d; i++) {
      double mi = mu[i];
      long row = (long) i * c;
      for (int j = 0; j < c; j++) {
        shift[j] += mi * b.getAtIndex(FloatMatrix.F32, row + j);
      }
    }
    int chunk = Math.min(ROW_CHUNK, blockRows(x));
    parallel.forChunks(x.rows(), chunk, (ch, from, to) -> {
      long at = (long) from * c * Float.BYTES;
      Blas.sgemm(false, false, to - from, c, d, 1f, x.segment(), x.rowOffset(from), d, b, 0, c, 0f, out, at, c);
      subtractOuter(out, from, to, c, null, shift);
    });
  }

  /** out (D x c) = A^T Q with Q (N x c): one GEMM per fixed chunk of columns of X and row block. */
  static void transposeTimes(FloatMatrix x, double[] mu, MemorySegment q, int c, MemorySegment out, Parallel parallel) {
    int n = x.rows();
    int d = x.cols();
    double[] colSums = new double[c];
    for (int i = 0; i < n; i++) {
      long row = (long) i * c;
      for (int j = 0; j < c; j++) {
        colSums[j] += q.getAtIndex(FloatMatrix.F32, row + j);
      }
    }
    int rows = blockRows(x);
    parallel.forChunks(d, COL_CHUNK, (ch, c0, c1) -> {
      long at = (long) c0 * c * Float.BYTES;
      for (int from = 0; from < n; from += rows) {
        int m = Math.min(rows, n - from);
        Blas.sgemm(true, false, c1 - c0, c, m, 1f, x.segment(), x.rowOffset(from) + (long) c0 * Float.BYTES, d,
            q, (long) from * c * Float.BYTES, c, from == 0 ? 0f : 1f, out, at, c);
      }
      subtractOuter(out, c0, c1, c, mu, colSums);
    });
  }

  /** Rows [from, to) of a (row-major, c columns) -= u_i v^T, with u = all ones when null. */
  private static void subtractOuter(MemorySegment a, int from, int to, int c, double[] u, double[] v) {
    for (int i = from; i < to; i++) {
      double ui = u == null ? 1.0 : u[i];
      long row = (long) i * c;
      for (int j = 0; j < c; j++) {
        float old = a.getAtIndex(FloatMatrix.F32, row + j);
        a.setAtIndex(FloatMatrix.F32, row + j, (float) (old - ui * v[j]));
      }
    }
  }
}
