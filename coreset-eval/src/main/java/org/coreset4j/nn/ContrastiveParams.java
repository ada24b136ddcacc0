package org.coreset4j.nn;

import org.coreset4j.util.InvalidInputException;

/**
 * The retrieval model: linear heads W_I (dim x D_I), W_T (dim x D_T) on standardised embeddings,
 * logits (1 / temperature) cos(W_I u, W_T v), trained by {@code steps} Adam steps on shuffled minibatches
 * (the same number for every subset).
 */
public record ContrastiveParams(int dim, double temperature, int steps, int batch, double learningRate) {
  public static final ContrastiveParams DEFAULTS = new ContrastiveParams(64, 0.07, 200, 128, 5e-3);

  public ContrastiveParams {
    if (dim < 1 || steps < 1 || batch < 2) {
      throw new InvalidInputException("contrastive dim " + dim + ", steps " + steps + ", batch " + batch
          + ": need dim >= 1, steps >= 1, batch >= 2");
    }
    if (!(temperature > 0) || !(learningRate > 0)) {
      throw new InvalidInputException("contrastive temperature " + temperature + " and learning rate "
          + learningRate + " must be positive");
    }
  }
}
