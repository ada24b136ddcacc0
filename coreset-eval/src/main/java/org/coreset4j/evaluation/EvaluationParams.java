package org.coreset4j.evaluation;

import org.coreset4j.nn.ContrastiveParams;
import org.coreset4j.util.InvalidInputException;

/**
 * How subsets are evaluated: {@code seeds} training runs per subset (model seeds seed, seed + 1,
 * ...), the held-out fraction of N drawn with {@code splitSeed} and never trained on, and each
 * model's parameters.
 */
public record EvaluationParams(int seeds, long seed, double testFraction, long splitSeed,
    RidgeParams ridge, ContrastiveParams contrastive, ProbeParams probe) {
  public static final EvaluationParams DEFAULTS = new EvaluationParams(
      3, 0, 0.2, 0, RidgeParams.DEFAULTS, ContrastiveParams.DEFAULTS, ProbeParams.DEFAULTS);

  public EvaluationParams {
    if (seeds < 1) {
      throw new InvalidInputException("--seeds " + seeds + " must be at least 1");
    }
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new InvalidInputException("test fraction " + testFraction + " is outside (0, 1)");
    }
  }

  public EvaluationParams withSeeds(int n) {
    return new EvaluationParams(n, seed, testFraction, splitSeed, ridge, contrastive, probe);
  }
}
