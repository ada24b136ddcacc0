package org.coreset4j.evaluation;

import org.coreset4j.InvalidInputException;

/**
 * The classification model: a multinomial logistic-regression probe on standardised features,
 * loss = mean cross-entropy + (weightDecay / 2) ||W||^2, trained with Adam on shuffled minibatches.
 */
public record ProbeParams(int epochs, int batch, double learningRate, double weightDecay) {
  public static final ProbeParams DEFAULTS = new ProbeParams(30, 128, 1e-2, 1e-4);

  public ProbeParams {
    if (epochs < 1 || batch < 1) {
      throw new InvalidInputException("probe epochs " + epochs + " and batch " + batch + " must be at least 1");
    }
    if (!(learningRate > 0) || !(weightDecay >= 0)) {
      throw new InvalidInputException("probe learning rate " + learningRate + " must be positive and weight decay "
          + weightDecay + " not negative");
    }
  }
}
