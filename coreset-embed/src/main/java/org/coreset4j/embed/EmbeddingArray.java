package org.coreset4j.embed;

import org.coreset4j.data.FloatMatrix;

/**
 * One modality's embeddings: N rows of float32 whose full shape is {@code shape}, (N, D) or
 * (N, T, D) with each row holding T*D values token-major.
 */
public record EmbeddingArray(String name, FloatMatrix values, long[] shape) {
  public EmbeddingArray {
    long perRow = 1;
    for (int i = 1; i < shape.length; i++) {
      perRow *= shape[i];
    }
    if (shape.length < 2 || shape[0] != values.rows() || perRow != values.cols()) {
      throw new IllegalArgumentException(name + ": shape " + java.util.Arrays.toString(shape)
          + " does not fit " + values.rows() + " x " + values.cols());
    }
    shape = shape.clone();
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }
}
