package org.coreset4j.evaluation;

import org.coreset4j.nn.ContrastiveParams;
import org.coreset4j.util.InvalidInputException;

/**
 * How subsets are evaluated: {@code seeds} training runs per subset (model seeds seed, seed + 1,
 * ...), the held-out fraction of N drawn with {@code splitSeed} and never trained on, and each
 * model's parameters. Ten seeds by default: the 95% interval of a paired difference is
 * t(0.975, seeds - 1) / sqrt(seeds) standard deviations wide on each side, 2.48 at 3 seeds, 1.24 at 5,
 * 0.72 at 10; on the demo, 10 seeds resolve differences from random of 3 to 7 retention points.
 */
public record EvaluationParams(int seeds, long seed, double testFraction, long splitSeed,
    RidgeParams ridge, ContrastiveParams contrastive, ProbeParams probe) {
  public static final EvaluationParams DEFAULTS = new EvaluationParams(
      10, 0, 0.2, 0, RidgeParams.DEFAULTS, ContrastiveParams.DEFAULTS, ProbeParams.DEFAULTS);

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
