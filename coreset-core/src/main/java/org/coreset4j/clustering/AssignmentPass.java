package org.coreset4j.clustering;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.clustering.KMeansParams.Metric;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * One assignment pass of k-means over blocks of rows: the inner products of a row block with all
 * centroids come from one sgemm, each row goes to its best centroid (largest x.c for spherical,
 * smallest ||x - c||^2 = ||x||^2 - 2 (x.c - ||c||^2 / 2) for Euclidean; ties to the lowest centroid
 * index), and optionally each row is added, in float64 and ascending row order, to its cluster's
 * sum. Block sizes depend only on K and D and clusters are summed by fixed chunks of clusters, so
 * results do not depend on the thread count. Only one row block is in memory at a time, so the
 * data may be memory-mapped.
 */
final class AssignmentPass {
  private static final int ROW_CHUNK = 256;
  private static final int CLUSTER_CHUNK = 32;

  private final Metric metric;
  private final FloatMatrix centroids;
  private final float[] halfSquaredNorms;
  private final Parallel parallel;

  /** {@code centroids} should live in native memory (it is handed to sgemm once per block). */
  AssignmentPass(Metric metric, FloatMatrix centroids, Parallel parallel) {
    this.metric = metric;
    this.centroids = centroids;
    this.parallel = parallel;
    this.halfSquaredNorms = new float[centroids.rows()];
    if (metric == Metric.EUCLIDEAN) {
      for (int j = 0; j < centroids.rows(); j++) {
        halfSquaredNorms[j] = (float) (0.5 * Vectors.sumSquaresF64(centroids, j));
      }
    }
  }

  /** Rows per GEMM block: at most 8192, a 64 MiB inner-product buffer and a 1 GiB row slice. */
  static int blockRows(int k, int d) {
    return Math.max(1, Math.min(8192, Math.min((1 << 24) / k, (1 << 28) / Math.max(d, 1))));
  }

  /**
   * Assigns every row of {@code x}: writes {@code labels} and {@code fit} (each row's share of the
   * objective; {@code norms} holds ||x|| for spherical and ||x||^2 for Euclidean) and, when
   * {@code sums} is not null, adds each row to {@code sums[label]} and counts it. Returns how many
   * labels changed.
   */
  long run(FloatMatrix x, double[] norms, int[] labels, double[] fit, double[][] sums, long[] counts) {
    int n = x.rows();
    int d = x.cols();
    int k = centroids.rows();
    int block = blockRows(k, d);
    long changed = 0;
    try (Arena arena = Arena.ofShared()) {
      MemorySegment dots = arena.allocate((long) Math.min(block, n) * k * Float.BYTES, 64);
      long[] chunkChanged = new long[Parallel.chunkCount(block, ROW_CHUNK)];
      for (int r0 = 0; r0 < n; r0 += block) {
        int rows = Math.min(block, n - r0);
        int first = r0;
        Blas.sgemm(false, true, rows, k, d, 1f, x.segment(), x.rowOffset(r0), d,
            centroids.segment(), 0, d, 0f, dots, 0, k);
        java.util.Arrays.fill(chunkChanged, 0);
        parallel.forChunks(rows, ROW_CHUNK, (chunk, from, to) ->
            chunkChanged[chunk] = assignRows(dots, first, from, to, norms, labels, fit));
        for (long c : chunkChanged) {
          changed += c;
        }
        if (sums != null) {
          accumulate(x, first, rows, labels, sums, counts);
        }
      }
    }
    return changed;
  }

  private long assignRows(MemorySegment dots, int first, int from, int to, double[] norms,
      int[] labels, double[] fit) {
    int k = centroids.rows();
    long changed = 0;
    for (int i = from; i < to; i++) {
      long base = (long) i * k;
      float best = Float.NEGATIVE_INFINITY;
      int arg = 0;
      for (int j = 0; j < k; j++) {
        float s = dots.getAtIndex(FloatMatrix.F32, base + j) - halfSquaredNorms[j];
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      int row = first + i;
      if (labels[row] != arg) {
        changed++;
        labels[row] = arg;
      }
      fit[row] = Math.max(0.0, metric == Metric.EUCLIDEAN ? norms[row] - 2.0 * best : norms[row] - best);
    }
    return changed;
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
  static double[] rowNorms(FloatMatrix x, Metric metric, Parallel parallel) {
    double[] norms = new double[x.rows()];
    parallel.forChunks(x.rows(), 4096, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        double s = Vectors.sumSquaresF64(x, i);
        norms[i] = metric == Metric.SPHERICAL ? Math.sqrt(s) : s;
      }
    });
    return norms;
  }
}
