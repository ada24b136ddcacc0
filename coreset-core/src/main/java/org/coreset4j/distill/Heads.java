package org.coreset4j.distill;

/**
 * A point on a trajectory: the image head W_I (dim x imageDim) and the text head W_T (dim x textDim),
 * row-major, scored with logits (1 / temperature) cos(W_I u, W_T v).
 */
record Heads(int dim, int imageDim, int textDim, double temperature, double[] image, double[] text) {
  /** Heads from one flat parameter vector: W_I followed by W_T. */
  static Heads of(double[] params, int dim, int imageDim, int textDim, double temperature) {
    int split = dim * imageDim;
    return new Heads(dim, imageDim, textDim, temperature, java.util.Arrays.copyOfRange(params, 0, split),
        java.util.Arrays.copyOfRange(params, split, params.length));
  }
}
