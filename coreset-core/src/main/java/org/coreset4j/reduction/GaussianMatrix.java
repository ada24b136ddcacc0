package org.coreset4j.reduction;

import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;

/**
 * Fills a row-major float32 matrix with independent N(0, std^2) entries. Rows are cut into fixed
 * chunks, each with its own generator split in chunk order from the seed, so the matrix depends
 * only on the seed and the shape.
 */
final class GaussianMatrix {
  private static final int CHUNK_ROWS = 1024;

  private GaussianMatrix() {}

  static void fill(MemorySegment target, int rows, int cols, double std, long seed, Parallel parallel) {
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] rngs = new SplittableRandom[Parallel.chunkCount(rows, CHUNK_ROWS)];
    for (int c = 0; c < rngs.length; c++) {
      rngs[c] = root.split();
    }
    parallel.forChunks(rows, CHUNK_ROWS, (c, from, to) -> {
      SplittableRandom rng = rngs[c];
      for (long i = (long) from * cols; i < (long) to * cols; i++) {
        target.setAtIndex(FloatMatrix.F32, i, (float) (std * rng.nextGaussian()));
      }
    });
  }
}
