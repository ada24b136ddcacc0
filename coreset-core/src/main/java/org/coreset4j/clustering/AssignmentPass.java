package org.coreset4j.clustering;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * One assignment pass of k-means over blocks of rows. Each block is cut into fixed chunks of rows;
 * a worker computes the inner products of its chunk with all centroids in one single-threaded sgemm
 * into its own buffer and at once sends each row to its best centroid (largest x.c for spherical,
 * smallest ||x - c||^2 = ||x||^2 - 2 (x.c - ||c||^2 / 2) for Euclidean; ties to the lowest centroid
 * index). Optionally each row of the block is then added, in float64 and ascending row order, to
 * its cluster's sum. Chunk and block sizes depend only on K and D and clusters are summed by fixed
 * chunks of clusters, so results do not depend on the thread count. Only one row block is in use at
 * a time, so the data may be memory-mapped.
 */
final class AssignmentPass {
  private static final int CLUSTER_CHUNK = 32;
  private static final int CHUNKS_PER_BLOCK = 64;
  /** Each worker's inner-product buffer, kept across passes (freed with the worker thread). */
  private static final ThreadLocal<MemorySegment> DOTS = ThreadLocal.withInitial(() -> MemorySegment.NULL);

  private final Similarity metric;
  private final FloatMatrix centroids;
  private final float[] halfSquaredNorms;
  private final Parallel parallel;

  /** {@code centroids} should live in native memory (it is handed to sgemm once per chunk). */
  AssignmentPass(Similarity metric, FloatMatrix centroids, Parallel parallel) {
    this.metric = metric;
    this.centroids = centroids;
    this.parallel = parallel;
    this.halfSquaredNorms = new float[centroids.rows()];
    if (metric == Similarity.SQEUCLIDEAN) {
      for (int j = 0; j < centroids.rows(); j++) {
        halfSquaredNorms[j] = (float) (0.5 * Vectors.sumSquaresF64(centroids, j));
      }
    }
  }

  /** Rows per GEMM chunk: at most 1024, a 4 MiB inner-product buffer and a 256 MiB row slice. */
  static int chunkRows(int k, int d) {
    return Math.max(1, Math.min(1024, Math.min((1 << 20) / k, (1 << 26) / Math.max(d, 1))));
  }

  /**
   * Assigns every row of {@code x}: writes {@code labels} and {@code fit} (each row's share of the
   * objective; {@code norms} holds ||x|| for spherical and ||x||^2 for Euclidean) and, when
   * {@code sums} is not null, adds each row to {@code sums[label]} and counts it. Returns how many
   * labels changed.
   */
  long run(FloatMatrix x, double[] norms, int[] labels, double[] fit, double[][] sums, long[] counts) {
    int n = x.rows();
    int chunk = chunkRows(centroids.rows(), x.cols());
    int block = chunk * CHUNKS_PER_BLOCK;
    long[] chunkChanged = new long[Parallel.chunkCount(n, chunk)];
    for (int r0 = 0; r0 < n; r0 += block) {
      int rows = Math.min(block, n - r0);
      int first = r0;
      parallel.forChunks(rows, chunk, (c, from, to) ->
          chunkChanged[first / chunk + c] = assignChunk(x, first + from, first + to, norms, labels, fit));
      if (sums != null) {
        accumulate(x, first, rows, labels, sums, counts);
      }
    }
    long changed = 0;
    for (long c : chunkChanged) {
      changed += c;
    }
    return changed;
  }

  /** Inner products of rows [from, to) with every centroid, then each row's best centroid. */
  private long assignChunk(FloatMatrix x, int from, int to, double[] norms, int[] labels, double[] fit) {
    int k = centroids.rows();
    int d = x.cols();
    MemorySegment dots = buffer((long) (to - from) * k * Float.BYTES);
    Blas.sgemm(false, true, to - from, k, d, 1f, x.segment(), x.rowOffset(from), d,
        centroids.segment(), 0, d, 0f, dots, 0, k);
    long changed = 0;
    for (int row = from; row < to; row++) {
      long base = (long) (row - from) * k;
      int arg = Vectors.argmaxDifference(dots, base * Float.BYTES, halfSquaredNorms, k);
      float best = dots.getAtIndex(FloatMatrix.F32, base + arg) - halfSquaredNorms[arg];
      if (labels[row] != arg) {
        changed++;
        labels[row] = arg;
      }
      fit[row] = Math.max(0.0, metric == Similarity.SQEUCLIDEAN ? norms[row] - 2.0 * best : norms[row] - best);
    }
    return changed;
  }

  /** This worker's native buffer of at least {@code bytes}, grown when too small. */
  private static MemorySegment buffer(long bytes) {
    MemorySegment b = DOTS.get();
    if (b.byteSize() < bytes) {
      b = Arena.ofAuto().allocate(bytes, 64);
      DOTS.set(b);
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
