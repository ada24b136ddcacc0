package org.coreset4j.clustering;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * One assignment pass of k-means over blocks of rows, by the rule of {@link CentroidScores}. Each
 * block is cut into fixed chunks of rows; a worker computes the inner products of its chunk's rows
 * with all centroids in one single-threaded sgemm into its own buffer and at once sends each row to
 * its best centroid. With {@link GroupBounds}, a row whose bounds prove that it keeps its centroid
 * costs one float64 inner product and is left out of the sgemm; the others refresh their bounds.
 * Optionally each row of the block is then added, in float64 and ascending row order, to its
 * cluster's sum. Chunk and block sizes depend only on K and D and clusters are summed by fixed
 * chunks of clusters, so results do not depend on the thread count. Only one row block is in use at
 * a time, so the data may be memory-mapped.
 */
final class AssignmentPass {
  private static final int CLUSTER_CHUNK = 32;
  private static final int CHUNKS_PER_BLOCK = 64;
  /** Each worker's inner-product and gathered-row buffers, kept across passes (freed with the thread). */
  private static final ThreadLocal<MemorySegment> DOTS = ThreadLocal.withInitial(() -> MemorySegment.NULL);
  private static final ThreadLocal<MemorySegment> ROWS = ThreadLocal.withInitial(() -> MemorySegment.NULL);

  private final CentroidScores scores;
  private final Parallel parallel;
  private final GroupBounds bounds;

  /**
   * {@code centroids} should live in native memory (it is handed to sgemm once per chunk);
   * {@code bounds} may be null (plain Lloyd).
   */
  AssignmentPass(CentroidScores scores, GroupBounds bounds, Parallel parallel) {
    this.scores = scores;
    this.bounds = bounds;
    this.parallel = parallel;
  }

  AssignmentPass(Similarity metric, FloatMatrix centroids, Parallel parallel) {
    this(new CentroidScores(metric, centroids), null, parallel);
  }

  /** Rows per GEMM chunk: at most 1024, a 4 MiB inner-product buffer and a 256 MiB row slice. */
  static int chunkRows(int k, int d) {
    return Math.max(1, Math.min(1024, Math.min((1 << 20) / k, (1 << 26) / Math.max(d, 1))));
  }

  /**
   * Assigns every row of {@code x}: writes {@code labels} and {@code fit} (each row's share of the
   * objective; {@code norms} holds ||x|| for spherical and ||x||^2 for Euclidean) and, when
   * {@code sums} is not null, adds each row to {@code sums[label]} and counts it. Returns how many
   * labels changed and how many rows the bounds kept out of the sgemm.
   */
  Counts run(FloatMatrix x, double[] norms, int[] labels, double[] fit, double[][] sums, long[] counts) {
    int n = x.rows();
    int chunk = chunkRows(scores.centroids.rows(), x.cols());
    int block = chunk * CHUNKS_PER_BLOCK;
    long[] chunkChanged = new long[Parallel.chunkCount(n, chunk)];
    long[] chunkSkipped = new long[chunkChanged.length];
    for (int r0 = 0; r0 < n; r0 += block) {
      int rows = Math.min(block, n - r0);
      int first = r0;
      parallel.forChunks(rows, chunk, (c, from, to) -> {
        int at = first / chunk + c;
        int[] todo = sieve(x, first + from, first + to, norms, labels, fit);
        chunkSkipped[at] = to - from - todo.length;
        chunkChanged[at] = assign(x, todo, norms, labels, fit);
      });
      if (sums != null) {
        accumulate(x, first, rows, labels, sums, counts);
      }
    }
    return new Counts(Arrays.stream(chunkChanged).sum(), Arrays.stream(chunkSkipped).sum());
  }

  /** How many labels a pass changed and how many rows it assigned from their bounds alone. */
  record Counts(long changed, long skipped) {}

  /** The rows of [from, to) the bounds cannot settle; the settled ones get their fit. */
  private int[] sieve(FloatMatrix x, int from, int to, double[] norms, int[] labels, double[] fit) {
    int[] todo = new int[to - from];
    int m = 0;
    for (int row = from; row < to; row++) {
      if (bounds != null && labels[row] >= 0) {
        double own = scores.score(x, row, labels[row]);
        if (bounds.keeps(row, scores.squaredNorm(norms[row]), own)) {
          fit[row] = scores.fit(norms[row], own);
          continue;
        }
      }
      todo[m++] = row;
    }
    return Arrays.copyOf(todo, m);
  }

  /** Inner products of the given rows with every centroid, then each row's best centroid. */
  private long assign(FloatMatrix x, int[] rows, double[] norms, int[] labels, double[] fit) {
    int m = rows.length;
    if (m == 0) {
      return 0;
    }
    FloatMatrix c = scores.centroids;
    int k = c.rows();
    int d = x.cols();
    MemorySegment dots = buffer(DOTS, (long) m * k * Float.BYTES);
    boolean contiguous = rows[m - 1] - rows[0] == m - 1;
    MemorySegment a = contiguous ? x.segment() : gather(x, rows);
    Blas.sgemm(false, true, m, k, d, 1f, a, contiguous ? x.rowOffset(rows[0]) : 0, d,
        c.segment(), 0, d, 0f, dots, 0, k);
    double[] groupMax = bounds == null ? null : new double[bounds.groups()];
    long changed = 0;
    for (int i = 0; i < m; i++) {
      int row = rows[i];
      long at = (long) i * k * Float.BYTES;
      int arg = scores.best(x, row, norms[row], dots, at);
      if (labels[row] != arg) {
        changed++;
        labels[row] = arg;
      }
      fit[row] = scores.fit(norms[row], scores.score(x, row, arg));
      if (bounds != null) {
        bounds.refresh(row, arg, scores.squaredNorm(norms[row]), scores.error(norms[row]), dots, at, scores,
            groupMax);
      }
    }
    return changed;
  }

  /** The given rows copied into this worker's buffer, one after the other. */
  private static MemorySegment gather(FloatMatrix x, int[] rows) {
    long rowBytes = (long) x.cols() * Float.BYTES;
    MemorySegment out = buffer(ROWS, rows.length * rowBytes);
    for (int i = 0; i < rows.length; i++) {
      MemorySegment.copy(x.segment(), x.rowOffset(rows[i]), out, i * rowBytes, rowBytes);
    }
    return out;
  }

  /** This worker's native buffer of at least {@code bytes}, grown when too small. */
  private static MemorySegment buffer(ThreadLocal<MemorySegment> kind, long bytes) {
    MemorySegment b = kind.get();
    if (b.byteSize() < bytes) {
      b = Arena.ofAuto().allocate(bytes, 64);
      kind.set(b);
    }
    return b;
  }

  private void accumulate(FloatMatrix x, int first, int rows, int[] labels, double[][] sums, long[] counts) {
    parallel.forChunks(sums.length, CLUSTER_CHUNK, (chunk, k0, k1) -> {
      for (int r = first; r < first + rows; r++) {
        int l = labels[r];
        if (l >= k0 && l < k1) {
          Vectors.axpyF64(1.0, x, r, sums[l]);
        }
      }
    });
    for (int r = first; r < first + rows; r++) {
      counts[labels[r]]++;
    }
  }

  /** ||x|| (spherical) or ||x||^2 (Euclidean) of every row, in float64. */
  static double[] rowNorms(FloatMatrix x, Similarity metric, Parallel parallel) {
    double[] norms = new double[x.rows()];
    parallel.forChunks(x.rows(), 4096, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        double s = Vectors.sumSquaresF64(x, i);
        norms[i] = metric == Similarity.COSINE ? Math.sqrt(s) : s;
      }
    });
    return norms;
  }
}
