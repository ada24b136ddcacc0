package org.coreset4j.embed;

import java.nio.FloatBuffer;
import org.coreset4j.kernels.Vectors;

/** Reduces a model output to one vector per sample. */
final class Pooling {
  private Pooling() {}

  /**
   * A (B, H) output as is, or (B, L, H) averaged over the positions whose weight (B x L, 1 for
   * real tokens; null for all) is non-zero, or (B, C, h, w) averaged over h and w.
   */
  static float[][] meanPool(FloatBuffer values, long[] shape, long[] weights) {
    int b = (int) shape[0];
    int positions;
    int hidden;
    boolean channelsFirst = shape.length == 4;
    switch (shape.length) {
      case 2 -> {
        positions = 1;
        hidden = (int) shape[1];
      }
      case 3 -> {
        positions = (int) shape[1];
        hidden = (int) shape[2];
      }
      case 4 -> {
        hidden = (int) shape[1];
        positions = (int) (shape[2] * shape[3]);
      }
      default -> throw new IllegalStateException("model output of rank " + shape.length + " cannot be pooled");
    }
    float[][] out = new float[b][hidden];
    for (int i = 0; i < b; i++) {
      double[] sum = new double[hidden];
      int used = 0;
      for (int t = 0; t < positions; t++) {
        if (weights != null && shape.length == 3 && weights[i * positions + t] == 0) {
          continue;
        }
        used++;
        for (int h = 0; h < hidden; h++) {
          int at = channelsFirst ? (i * hidden + h) * positions + t : (i * positions + t) * hidden + h;
          sum[h] += values.get(at);
        }
      }
      for (int h = 0; h < hidden; h++) {
        out[i][h] = (float) (sum[h] / Math.max(used, 1));
      }
    }
    return out;
  }

  /** Scales each row to unit length in place (all-zero rows stay zero); returns the rows. */
  static float[][] normalize(float[][] rows) {
    for (float[] row : rows) {
      Vectors.normalize(row);
    }
    return rows;
  }
}
