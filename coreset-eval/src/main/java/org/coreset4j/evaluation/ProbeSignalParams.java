package org.coreset4j.evaluation;

import org.coreset4j.util.InvalidInputException;

/**
 * Settings of the training-signal {@link Probe}, defaults in {@link #DEFAULTS}: {@code --epochs 20}
 * passes over all samples; EL2N measured after {@code --el2n-epoch 2} passes (early in training, as
 * Paul et al. 2021 prescribe: their scores come from the first few percent of training) and
 * averaged over {@code --el2n-runs 1} independently shuffled runs; minibatch size, Adam learning
 * rate and weight decay as the evaluation's classification probe ({@link ProbeParams#DEFAULTS}).
 */
public record ProbeSignalParams(int epochs, int el2nEpoch, int el2nRuns, int batch, double learningRate,
    double weightDecay) {
  public static final ProbeSignalParams DEFAULTS = new ProbeSignalParams(20, 2, 1, ProbeParams.DEFAULTS.batch(),
      ProbeParams.DEFAULTS.learningRate(), ProbeParams.DEFAULTS.weightDecay());

  public ProbeSignalParams {
    if (epochs < 1) {
      throw new InvalidInputException("--epochs " + epochs + " must be at least 1");
    }
    if (el2nEpoch < 1 || el2nEpoch > epochs) {
      throw new InvalidInputException("--el2n-epoch " + el2nEpoch + " must be in [1, --epochs " + epochs + "]");
    }
    if (el2nRuns < 1) {
      throw new InvalidInputException("--el2n-runs " + el2nRuns + " must be at least 1");
    }
    if (batch < 1 || !(learningRate > 0) || !(weightDecay >= 0)) {
      throw new InvalidInputException("probe batch " + batch + " must be at least 1, learning rate " + learningRate
          + " positive and weight decay " + weightDecay + " not negative");
    }
  }

  /** These settings with other epoch counts and EL2N runs. */
  public ProbeSignalParams with(int epochs, int el2nEpoch, int el2nRuns) {
    return new ProbeSignalParams(epochs, el2nEpoch, el2nRuns, batch, learningRate, weightDecay);
  }
}
