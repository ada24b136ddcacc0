package org.coreset4j.nn;

import java.util.SplittableRandom;
import org.coreset4j.util.InvalidInputException;

/**
 * The distiller's student protocol, which a distilled set is made for: linear heads (dim {@code dim})
 * drawn as {@link ContrastiveHeads#train} draws them, then {@code steps} full-batch SGD steps
 * W <- W - stepSize dL/dW on all the pairs at logits (1 / temperature) cos.
 */
public record StudentParams(int dim, double temperature, double stepSize, int steps) {
  public StudentParams {
    if (dim < 1 || steps < 1) {
      throw new InvalidInputException("student dim " + dim + " and steps " + steps + " must be at least 1");
    }
    if (!(temperature > 0) || !(stepSize > 0) || Double.isInfinite(temperature) || Double.isInfinite(stepSize)) {
      throw new InvalidInputException("student temperature " + temperature + " and step size " + stepSize
          + " must be positive and finite");
    }
  }

  /** Heads trained under this protocol from model seed {@code seed} on n standardised pairs u, v. */
  public ContrastiveHeads train(double[] u, double[] v, int n, int imageDim, int textDim, long seed) {
    ContrastiveHeads heads = ContrastiveHeads.random(dim, imageDim, textDim, temperature, new SplittableRandom(seed));
    double[] grad = new double[heads.params.length];
    for (int k = 0; k < steps; k++) {
      heads.lossAndGradient(u, v, n, grad);
      for (int i = 0; i < grad.length; i++) {
        heads.params[i] -= stepSize * grad[i];
      }
    }
    return heads;
  }
}
