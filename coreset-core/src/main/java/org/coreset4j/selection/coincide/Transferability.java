package org.coreset4j.selection.coincide;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * COINCIDE step 2: T_i = mean of cos(c_i, c_j) over the centroids j with cos(c_i, c_j) <= the
 * exclusion threshold (which leaves c_i itself out); 0 when no centroid qualifies. Cosines come
 * from a blocked GEMM of the unit centroids, so no K x K matrix is held.
 */
final class Transferability {
  private static final int BLOCK = 256;

  private Transferability() {}

  static double[] of(FloatMatrix centroids, double exclude, Parallel parallel) {
    int k = centroids.rows();
    int d = centroids.cols();
    FloatMatrix unit = FloatMatrix.allocate(k, d);
    for (int j = 0; j < k; j++) {
      double norm = Math.sqrt(Vectors.sumSquaresF64(centroids, j));
      for (int col = 0; col < d; col++) {
        unit.set(j, col, norm == 0 ? 0f : (float) (centroids.get(j, col) / norm));
      }
    }
    double[] t = new double[k];
    parallel.forChunks(k, BLOCK, (chunk, from, to) -> {
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment cos = arena.allocate((long) (to - from) * k * Float.BYTES, 64);
        Blas.sgemm(false, true, to - from, k, d, 1f, unit.segment(), unit.rowOffset(from), d,
            unit.segment(), 0, d, 0f, cos, 0, k);
        for (int i = from; i < to; i++) {
          double sum = 0;
          int count = 0;
          for (int j = 0; j < k; j++) {
            double c = cos.getAtIndex(FloatMatrix.F32, (long) (i - from) * k + j);
            if (c <= exclude) {
              sum += c;
              count++;
            }
          }
          t[i] = count == 0 ? 0.0 : sum / count;
        }
      }
    });
    return t;
  }
}
