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
 * descending eigenvalue are the components. The three steps are public so that row partitions
 * held elsewhere (Spark) can add their scatters and project their rows with the same code.
 */
public final class ExactPca {
  private static final int BLOCK_ELEMENTS = 1 << 22;
  private static final int STRIP = 256;

  private ExactPca() {}

  /** The k leading components, D x k row-major float32 with fixed signs, and the variance each explains. */
  public record Components(float[] v, int dims, int k, double[] explained) implements java.io.Serializable {}

  static PcaResult fit(FloatMatrix x, int k, Parallel parallel, Progress progress) {
    int n = x.rows();
    progress.start("PCA (exact)", 2L * n);
    Centering stats = Centering.of(x, parallel);
    double[] mu = stats.means();
    double[] scatter = new double[x.cols() * x.cols()];
    addScatter(x, mu, scatter, parallel, progress);
    Components c = components(scatter, x.cols(), k, n);
    FloatMatrix scores = project(x, mu, c, parallel, progress);
    progress.finish();
    return new PcaResult(scores, c.explained(), stats.totalVariance(), false);
  }

  /** Adds the scatter of x's rows about {@code mu} to {@code scatter} (D x D float64), block by block. */
  public static void addScatter(FloatMatrix x, double[] mu, double[] scatter, Parallel parallel, Progress progress) {
    int n = x.rows();
    int d = x.cols();
    int rows = Math.max(1, Math.min(n, BLOCK_ELEMENTS / Math.max(1, d)));
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
  }

  /** The k leading eigenvectors of the scatter of n rows; explained variance = eigenvalue / (n - 1). */
  public static Components components(double[] scatter, int d, int k, long n) {
    double[] vectors = scatter.clone();
    double[] eigenvalues = Lapack.symmetricEigen(vectors, d);
    float[] components = new float[d * k];
    double[] explained = new double[k];
    for (int c = 0; c < k; c++) {
      int src = d - 1 - c;
      explained[c] = n > 1 ? Math.max(0, eigenvalues[src]) / (n - 1) : 0;
      for (int i = 0; i < d; i++) {
        components[i * k + c] = (float) vectors[src * d + i];
      }
    }
    ComponentSigns.fix(MemorySegment.ofArray(components), d, k);
    return new Components(components, d, k, explained);
  }

  /** The scores (x - mu) V of x's rows, by float32 GEMMs of fixed strips of rows. */
  public static FloatMatrix project(FloatMatrix x, double[] mu, Components c, Parallel parallel, Progress progress) {
    int d = x.cols();
    int k = c.k();
    MemorySegment v = MemorySegment.ofArray(c.v());
    FloatMatrix scores = FloatMatrix.allocate(x.rows(), k);
    parallel.forChunks(x.rows(), STRIP, (chunk, from, to) -> {
      try (Arena local = Arena.ofConfined()) {
        MemorySegment centered = local.allocate((long) (to - from) * d * Float.BYTES, 64);
        center(x, mu, from, to, centered, 0);
        Blas.sgemm(false, false, to - from, k, d, 1f, centered, 0, d, v, 0, k,
            0f, scores.segment(), scores.rowOffset(from), k);
      }
      progress.advance(to - from);
    });
    return scores;
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
