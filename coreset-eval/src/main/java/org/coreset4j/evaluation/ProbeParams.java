package org.coreset4j.evaluation;

import org.coreset4j.util.InvalidInputException;

/**
 * The classification model: a multinomial logistic-regression probe on standardised features,
 * loss = mean cross-entropy + (weightDecay / 2) ||W||^2, trained by {@code steps} Adam steps on shuffled
 * minibatches (the same number for every subset).
 */
public record ProbeParams(int steps, int batch, double learningRate, double weightDecay) {
  public static final ProbeParams DEFAULTS = new ProbeParams(300, 128, 1e-2, 1e-4);

  public ProbeParams {
    if (steps < 1 || batch < 1) {
      throw new InvalidInputException("probe steps " + steps + " and batch " + batch + " must be at least 1");
    }
    if (!(learningRate > 0) || !(weightDecay >= 0)) {
      throw new InvalidInputException("probe learning rate " + learningRate + " must be positive and weight decay "
          + weightDecay + " not negative");
    }
  }
}
