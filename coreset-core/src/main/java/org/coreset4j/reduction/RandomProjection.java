package org.coreset4j.reduction;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Gaussian random projection X R with R (D x D') of independent N(0, 1/D') entries drawn from the
 * seed, so squared distances are preserved in expectation (Johnson-Lindenstrauss).
 */
public final class RandomProjection implements Reducer {
  private static final int ROW_CHUNK = 256;

  private final int dims;

  public RandomProjection(int dims) {
    if (dims < 1) {
      throw new InvalidInputException("--reduce random:" + dims + " needs at least 1 dimension");
    }
    this.dims = dims;
  }

  @Override
  public FloatMatrix reduce(FloatMatrix x, long seed, Parallel parallel, Progress progress) {
    Reducers.requireDimensions("random:" + dims, dims, x);
    int n = x.rows();
    int d = x.cols();
    FloatMatrix out = FloatMatrix.allocate(n, dims);
    int rows = Math.min(ROW_CHUNK, CenteredProducts.blockRows(x));
    progress.start("random projection", n);
    try (Arena arena = Arena.ofShared()) {
      MemorySegment r = arena.allocate((long) d * dims * Float.BYTES, 64);
      GaussianMatrix.fill(r, d, dims, 1.0 / Math.sqrt(dims), seed, parallel);
      // one single-threaded GEMM per fixed row chunk, so the result does not depend on threads
      parallel.forChunks(n, rows, (c, from, to) -> {
        Blas.sgemm(false, false, to - from, dims, d, 1f, x.segment(), x.rowOffset(from), d, r, 0, dims,
            0f, out.segment(), out.rowOffset(from), dims);
        progress.advance(to - from);
      });
    }
    progress.finish();
    return out;
  }

  @Override
  public String describe() {
    return "random:" + dims + " (Gaussian, entries N(0, 1/" + dims + "))";
  }
}
