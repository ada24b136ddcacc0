package org.coreset4j.spark;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;

/**
 * Spherical assignment of one partition's samples to K unit centroids: the inner products of a
 * block of rows with all centroids come from one sgemm and each row goes to the centroid with the
 * largest x.c, ties to the lowest index (the rule of the single-machine k-means).
 */
final class BlockAssign {
  /** Rows per GEMM block: at most 4096 and a 64 MiB product buffer. */
  static int blockRows(int k) {
    return Math.max(1, Math.min(4096, (1 << 24) / k));
  }

  /** Receives every row of a block with its cluster and its best inner product. */
  interface Sink {
    void accept(Sample s, int cluster, float dot);
  }

  private BlockAssign() {}

  static void run(Iterator<Sample> rows, float[] centroids, int k, int d, Sink sink) {
    int block = blockRows(k);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = arena.allocate((long) k * d * Float.BYTES, 64);
      MemorySegment.copy(centroids, 0, c, FloatMatrix.F32, 0, k * d);
      MemorySegment x = arena.allocate((long) block * d * Float.BYTES, 64);
      MemorySegment dots = arena.allocate((long) block * k * Float.BYTES, 64);
      List<Sample> batch = new ArrayList<>(block);
      while (rows.hasNext()) {
        batch.clear();
        while (rows.hasNext() && batch.size() < block) {
          Sample s = rows.next();
          MemorySegment.copy(s.x(), 0, x, FloatMatrix.F32, (long) batch.size() * d * Float.BYTES, d);
          batch.add(s);
        }
        int m = batch.size();
        Blas.sgemm(false, true, m, k, d, 1f, x, 0, d, c, 0, d, 0f, dots, 0, k);
        for (int i = 0; i < m; i++) {
          long base = (long) i * k;
          float best = Float.NEGATIVE_INFINITY;
          int arg = 0;
          for (int j = 0; j < k; j++) {
            float v = dots.getAtIndex(FloatMatrix.F32, base + j);
            if (v > best) {
              best = v;
              arg = j;
            }
          }
          sink.accept(batch.get(i), arg, best);
        }
      }
    }
  }
}
