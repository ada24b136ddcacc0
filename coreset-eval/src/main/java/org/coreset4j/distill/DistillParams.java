package org.coreset4j.distill;

import java.util.List;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.nn.ContrastiveParams;

/**
 * Settings of vision-language distillation (seed 002, on embeddings). Experts: {@code experts} pairs
 * of linear heads (dim {@code headDim}, logits (1 / temperature) cos) trained by minibatch SGD
 * (step {@code expertLr}, batch {@code expertBatch}) for {@code expertEpochs} epochs on the
 * standardised real pairs, saving the heads after every epoch. Distillation: {@code pairs} synthetic
 * pairs initialised from random real pairs; each of {@code iterations} iterations picks an expert
 * and a start epoch s in [0, maxStartEpoch], runs {@code synSteps} full-batch student SGD steps from
 * epoch s and matches epoch s + {@code epochsPerMatch}; the synthetic rows (Adam, {@code synLr}) and
 * the log of the student step size (Adam, {@code stepLr}; initialised to log expertLr) follow the
 * exact meta-gradient; with {@code learnTemperature} the log of the student's temperature
 * (initialised to log temperature; the experts keep {@code temperature}) follows it too, with the same
 * Adam rate {@code stepLr}. {@code headRank} r > 0 switches to low-rank heads W = W0 + B A (see
 * {@link LowRank}): experts and student then train and match only the factors B, A; 0 = full heads.
 * {@code method} {@link #COVARIANCE} replaces the trajectories by statistics matching
 * ({@link CovarianceMatch}): no experts, {@code iterations} full-batch Adam steps ({@code synLr}) on
 * the rows; the expert and student settings are then unused.
 */
public record DistillParams(int pairs, long seed, int experts, int expertEpochs, double expertLr, int expertBatch,
    int synSteps, int epochsPerMatch, int maxStartEpoch, int iterations, double synLr, double stepLr,
    int headDim, double temperature, int headRank, String method, boolean learnTemperature) {
  public static final String TRAJECTORY = "trajectory";
  public static final String COVARIANCE = "covariance";
  public static final List<String> METHODS = List.of(TRAJECTORY, COVARIANCE);
  /**
   * Temperature 0.2, softer than evaluate's 0.07: on the demo scenes, 100 pairs distilled at 0.2
   * train evaluate's heads to about twice the R@10 of those distilled at 0.07 (docs/DISTILLATION.md).
   */
  public static final DistillParams DEFAULTS = new DistillParams(100, 0, 3, 10, 0.5, 128, 10, 2, 5, 1000,
      0.01, 0.01, ContrastiveParams.DEFAULTS.dim(), 0.2, 0, TRAJECTORY, false);

  public DistillParams {
    if (!METHODS.contains(method)) {
      throw new InvalidInputException("--method " + method + " is not one of " + String.join(", ", METHODS));
    }
    positive("--pairs", pairs, 2);
    positive("--experts", experts, 1);
    positive("--expert-epochs", expertEpochs, 1);
    positive("--expert-batch", expertBatch, 2);
    positive("--syn-steps", synSteps, 1);
    positive("--expert-epochs-per-match", epochsPerMatch, 1);
    positive("--iterations", iterations, 0);
    positive("--head-dim", headDim, 1);
    positive("--head-rank", headRank, 0);
    if (maxStartEpoch < 0 || maxStartEpoch + epochsPerMatch > expertEpochs) {
      throw new InvalidInputException("--max-start-epoch " + maxStartEpoch + " plus --expert-epochs-per-match "
          + epochsPerMatch + " must be at most --expert-epochs " + expertEpochs);
    }
    for (double rate : new double[] {expertLr, synLr, stepLr, temperature}) {
      if (!(rate > 0) || Double.isInfinite(rate)) {
        throw new InvalidInputException("distillation learning rates and temperature must be positive and finite, got "
            + rate);
      }
    }
  }

  private static void positive(String option, int value, int min) {
    if (value < min) {
      throw new InvalidInputException(option + " " + value + " must be at least " + min);
    }
  }

  public DistillParams withPairs(int m) {
    return new DistillParams(m, seed, experts, expertEpochs, expertLr, expertBatch, synSteps, epochsPerMatch,
        maxStartEpoch, iterations, synLr, stepLr, headDim, temperature, headRank, method, learnTemperature);
  }

  public DistillParams withSeed(long s) {
    return new DistillParams(pairs, s, experts, expertEpochs, expertLr, expertBatch, synSteps, epochsPerMatch,
        maxStartEpoch, iterations, synLr, stepLr, headDim, temperature, headRank, method, learnTemperature);
  }

  public DistillParams withIterations(int n) {
    return new DistillParams(pairs, seed, experts, expertEpochs, expertLr, expertBatch, synSteps, epochsPerMatch,
        maxStartEpoch, n, synLr, stepLr, headDim, temperature, headRank, method, learnTemperature);
  }

  public DistillParams withHeadRank(int r) {
    return new DistillParams(pairs, seed, experts, expertEpochs, expertLr, expertBatch, synSteps, epochsPerMatch,
        maxStartEpoch, iterations, synLr, stepLr, headDim, temperature, r, method, learnTemperature);
  }

  public DistillParams withMethod(String name) {
    return new DistillParams(pairs, seed, experts, expertEpochs, expertLr, expertBatch, synSteps, epochsPerMatch,
        maxStartEpoch, iterations, synLr, stepLr, headDim, temperature, headRank, name, learnTemperature);
  }

  public DistillParams withLearnedTemperature(boolean learn) {
    return new DistillParams(pairs, seed, experts, expertEpochs, expertLr, expertBatch, synSteps, epochsPerMatch,
        maxStartEpoch, iterations, synLr, stepLr, headDim, temperature, headRank, method, learn);
  }

  /** The student's steps over a whole expert trajectory: syn-steps per epochsPerMatch expert epochs. */
  public int studentSteps() {
    return synSteps * expertEpochs / epochsPerMatch;
  }
}
