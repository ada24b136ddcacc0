package org.coreset4j.reduction;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Lapack;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * PCA by eigendecomposition of the D x D covariance, for narrow inputs. The scatter matrix
 * (X - 1 mu^T)^T (X - 1 mu^T) is summed in float64 from float32 GEMMs of centered row blocks
 * (each GEMM split into fixed strips of output rows); its eigenvectors (LAPACK dsyevd) by
 * descending eigenvalue are the components.
 */
final class ExactPca {
  private static final int BLOCK_ELEMENTS = 1 << 22;
  private static final int STRIP = 256;

  private ExactPca() {}

  static PcaResult fit(FloatMatrix x, int k, Parallel parallel, Progress progress) {
    int n = x.rows();
    int d = x.cols();
    int rows = Math.max(1, Math.min(n, BLOCK_ELEMENTS / Math.max(1, d)));
    progress.start("PCA (exact)", 2L * n);
    Centering stats = Centering.of(x, parallel);
    double[] mu = stats.means();
    double[] scatter = new double[d * d];
    try (Arena arena = Arena.ofShared()) {
      MemorySegment block = arena.allocate((long) rows * d * Float.BYTES, 64);
      MemorySegment gram = arena.allocate((long) d * d * Float.BYTES, 64);
      for (int from = 0; from < n; from += rows) {
        int m = Math.min(rows, n - from);
        int first = from;
        parallel.forChunks(m, STRIP, (c, r0, r1) -> center(x, mu, first + r0, first + r1, block, (long) r0 * d));
        parallel.forChunks(d, STRIP, (c, r0, r1) -> Blas.sgemm(true, false, r1 - r0, d, m, 1f,
            block, (long) r0 * Float.BYTES, d, block, 0, d, 0f, gram, (long) r0 * d * Float.BYTES, d));
        for (int i = 0; i < scatter.length; i++) {
          scatter[i] += gram.getAtIndex(FloatMatrix.F32, i);
        }
        progress.advance(m);
      }
    }
    double[] eigenvalues = Lapack.symmetricEigen(scatter, d);
    float[] components = new float[d * k];
    double[] explained = new double[k];
    for (int c = 0; c < k; c++) {
      int src = d - 1 - c;
      explained[c] = n > 1 ? Math.max(0, eigenvalues[src]) / (n - 1) : 0;
      for (int i = 0; i < d; i++) {
        components[i * k + c] = (float) scatter[src * d + i];
      }
    }
    MemorySegment v = MemorySegment.ofArray(components);
    ComponentSigns.fix(v, d, k);
    FloatMatrix scores = FloatMatrix.allocate(n, k);
    parallel.forChunks(n, STRIP, (c, from, to) -> {
      try (Arena local = Arena.ofConfined()) {
        MemorySegment centered = local.allocate((long) (to - from) * d * Float.BYTES, 64);
        center(x, mu, from, to, centered, 0);
        Blas.sgemm(false, false, to - from, k, d, 1f, centered, 0, d, v, 0, k,
            0f, scores.segment(), scores.rowOffset(from), k);
      }
      progress.advance(to - from);
    });
    progress.finish();
    return new PcaResult(scores, explained, stats.totalVariance(), false);
  }

  /** Writes rows [from, to) of X minus the means to {@code out} from element {@code at}. */
  private static void center(FloatMatrix x, double[] mu, int from, int to, MemorySegment out, long at) {
    int d = x.cols();
    float[] row = new float[d];
    for (int r = from; r < to; r++) {
      x.copyRow(r, row);
      long base = at + (long) (r - from) * d;
      for (int j = 0; j < d; j++) {
        out.setAtIndex(FloatMatrix.F32, base + j, (float) (row[j] - mu[j]));
      }
    }
  }
}
