package org.coreset4j.reduction;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Lapack;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Exact PCA through the N x N Gram matrix, for inputs much wider than tall. With A = X - 1 mu^T =
 * U S V^T, the Gram matrix G = A A^T = U S^2 U^T, so the k largest eigenpairs of G (LAPACK dsyevr)
 * give the scores A V_k = U_k S_k and the explained variances s_c^2 / (N - 1) without ever forming
 * the D x D covariance. G is summed in float64 from float32 GEMMs over fixed blocks of columns:
 * each block of A is centered once, then every fixed strip of rows computes its part of the lower
 * triangle in one GEMM, so the result does not depend on the thread count. The components are
 * needed only for their signs: W = A^T U_k = V_k S_k (one more pass over X) has the same signs.
 */
final class GramPca {
  private static final int COLUMN_BLOCK = 2048;
  private static final int STRIP = 256;

  private GramPca() {}

  static PcaResult fit(FloatMatrix x, int k, Parallel parallel, Progress progress) {
    int n = x.rows();
    int d = x.cols();
    progress.start("PCA (Gram)", Parallel.chunkCount(d, COLUMN_BLOCK) + 2L);
    Centering stats = Centering.of(x, parallel);
    double[] mu = stats.means();
    double[] vectors = new double[n * k];
    double[] lambda = Lapack.largestEigen(gram(x, mu, parallel, progress), n, k, vectors);
    progress.advance(1);
    boolean[] flip;
    try (Arena arena = Arena.ofShared()) {
      MemorySegment u = arena.allocate((long) n * k * Float.BYTES, 64);
      for (int c = 0; c < k; c++) {
        for (int i = 0; i < n; i++) {
          u.setAtIndex(FloatMatrix.F32, (long) i * k + c, (float) vectors[c * n + i]);
        }
      }
      MemorySegment w = arena.allocate((long) d * k * Float.BYTES, 64);
      CenteredProducts.transposeTimes(x, mu, u, k, w, parallel);
      flip = ComponentSigns.negative(w, d, k);
    }
    FloatMatrix scores = FloatMatrix.allocate(n, k);
    double[] explained = new double[k];
    for (int c = 0; c < k; c++) {
      double variance = Math.max(0, lambda[c]);
      explained[c] = n > 1 ? variance / (n - 1) : 0;
      double s = flip[c] ? -Math.sqrt(variance) : Math.sqrt(variance);
      for (int i = 0; i < n; i++) {
        scores.set(i, c, (float) (s * vectors[c * n + i]));
      }
    }
    progress.advance(1);
    progress.finish();
    return new PcaResult(scores, explained, stats.totalVariance(), false);
  }

  /** The lower triangle of A A^T, row-major (the upper triangle is left zero). */
  private static double[] gram(FloatMatrix x, double[] mu, Parallel parallel, Progress progress) {
    int n = x.rows();
    int d = x.cols();
    int width = Math.min(COLUMN_BLOCK, d);
    double[] g = new double[n * n];
    try (Arena arena = Arena.ofShared()) {
      MemorySegment block = arena.allocate((long) n * width * Float.BYTES, 64);
      MemorySegment part = arena.allocate((long) n * n * Float.BYTES, 64);
      for (int c0 = 0; c0 < d; c0 += width) {
        int first = c0;
        int w = Math.min(width, d - c0);
        parallel.forChunks(n, STRIP, (ch, r0, r1) -> center(x, mu, r0, r1, first, w, block));
        parallel.forChunks(n, STRIP, (ch, r0, r1) -> {
          Blas.sgemm(false, true, r1 - r0, r1, w, 1f, block, (long) r0 * w * Float.BYTES, w,
              block, 0, w, 0f, part, (long) r0 * n * Float.BYTES, n);
          for (int i = r0; i < r1; i++) {
            long row = (long) i * n;
            for (int j = 0; j <= i; j++) {
              g[i * n + j] += part.getAtIndex(FloatMatrix.F32, row + j);
            }
          }
        });
        progress.advance(1);
      }
    }
    return g;
  }

  /** Rows [from, to) of columns [c0, c0 + w) of X minus their means, packed with leading dimension w. */
  private static void center(FloatMatrix x, double[] mu, int from, int to, int c0, int w, MemorySegment out) {
    float[] row = new float[w];
    for (int r = from; r < to; r++) {
      MemorySegment.copy(x.segment(), FloatMatrix.F32, x.rowOffset(r) + (long) c0 * Float.BYTES, row, 0, w);
      for (int j = 0; j < w; j++) {
        row[j] = (float) (row[j] - mu[c0 + j]);
      }
      MemorySegment.copy(row, 0, out, FloatMatrix.F32, (long) r * w * Float.BYTES, w);
    }
  }
}
