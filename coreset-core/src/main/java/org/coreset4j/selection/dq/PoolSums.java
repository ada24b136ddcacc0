package org.coreset4j.selection.dq;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.ColumnSums;
import org.coreset4j.util.Parallel;

/** Pool-level helpers whose results do not depend on the thread count. */
final class PoolSums {
  private static final int CHUNK = 2048;

  private PoolSums() {}

  /** sum over k < size of weight[ids[k]] * row ids[k] (weight 1 when null), per chunk in chunk order. */
  static double[] weightedRowSum(FloatMatrix x, int[] ids, int size, double[] weight, Parallel parallel) {
    return ColumnSums.of(size, x.cols(), CHUNK, parallel, (s, from, to) -> {
      for (int k = from; k < to; k++) {
        int i = ids[k];
        Vectors.axpyF64(weight == null ? 1 : weight[i], x, i, s);
      }
    });
  }

  /**
   * Writes the pool's rows as float32 (x_i - center) * scale[i] into the first {@code size} rows of
   * {@code out}; null center or scale mean 0 and 1.
   */
  static void transformedRows(FloatMatrix x, int[] ids, int size, double[] center, double[] scale,
      FloatMatrix out, Parallel parallel) {
    int d = x.cols();
    parallel.forChunks(size, CHUNK, (chunk, from, to) -> {
      float[] row = new float[d];
      for (int k = from; k < to; k++) {
        int i = ids[k];
        x.copyRow(i, row);
        double s = scale == null ? 1 : scale[i];
        for (int j = 0; j < d; j++) {
          row[j] = (float) ((row[j] - (center == null ? 0 : center[j])) * s);
        }
        out.setRow(k, row);
      }
    });
  }
}
