package org.coreset4j.distill;

/**
 * A point on a trajectory: the image head W_I (dim x imageDim) and the text head W_T (dim x textDim),
 * row-major, scored with logits (1 / temperature) cos(W_I u, W_T v). With {@code rank} r > 0 each
 * side holds the low-rank factors B (dim x r) then A (r x inputDim) instead (see {@link LowRank}).
 */
record Heads(int dim, int imageDim, int textDim, double temperature, int rank, double[] image, double[] text) {
  /** Heads from one flat parameter vector: the image side followed by the text side. */
  static Heads of(double[] params, int dim, int imageDim, int textDim, double temperature, int rank) {
    int split = rank == 0 ? dim * imageDim : rank * (dim + imageDim);
    return new Heads(dim, imageDim, textDim, temperature, rank, java.util.Arrays.copyOfRange(params, 0, split),
        java.util.Arrays.copyOfRange(params, split, params.length));
  }
}
