package org.coreset4j.util;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * The best (largest value) entry of a chunked parallel pass. Each chunk reports its own best once;
 * chunks are combined in chunk order with a strict comparison, so the result is the largest value
 * with ties to the lowest index for any thread count.
 */
public final class ChunkArgmax {
  private final double[] value;
  private final int[] index;

  public ChunkArgmax(int chunks) {
    value = new double[chunks];
    index = new int[chunks];
    Arrays.fill(index, -1);
  }

  /** Records the best of one chunk ({@code i = -1} when the chunk had no candidate). */
  public void put(int chunk, double v, int i) {
    value[chunk] = v;
    index[chunk] = i;
  }

  /** The overall best index, or -1 when no chunk had a candidate. */
  public int best() {
    int b = -1;
    double bv = 0;
    for (int c = 0; c < index.length; c++) {
      if (index[c] >= 0 && (b < 0 || value[c] > bv)) {
        b = index[c];
        bv = value[c];
      }
    }
    return b;
  }

  /**
   * argmax of {@code score} over the eligible indices of [0, n), ties to the lowest index; -1 when
   * none is eligible. Scores are evaluated in parallel chunks of {@code chunk}.
   */
  public static int argmax(Parallel parallel, int n, int chunk, IntPredicate eligible, IntToDoubleFunction score) {
    ChunkArgmax best = new ChunkArgmax(Parallel.chunkCount(n, chunk));
    parallel.forChunks(n, chunk, (c, from, to) -> {
      int bi = -1;
      double bv = 0;
      for (int i = from; i < to; i++) {
        if (eligible.test(i)) {
          double v = score.applyAsDouble(i);
          if (bi < 0 || v > bv) {
            bi = i;
            bv = v;
          }
        }
      }
      best.put(c, bv, bi);
    });
    return best.best();
  }
}
