package org.coreset4j.evaluation;

import java.util.Arrays;
import org.coreset4j.util.InvalidInputException;

/**
 * The depth model: ridge regression onto depth maps block-averaged to at most side x side cells.
 * lambda is chosen from {@code lambdas} (relative: the penalty is lambda * n on standardised
 * features, n the number of fitting rows) by the lowest MSE on a {@code validationFraction} split of
 * the training subset, then the model is refitted on the whole subset.
 */
public record RidgeParams(int side, double[] lambdas, double validationFraction) {
  public static final RidgeParams DEFAULTS =
      new RidgeParams(8, new double[] {1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100}, 0.2);

  public RidgeParams {
    if (side < 1) {
      throw new InvalidInputException("ridge side " + side + " must be at least 1");
    }
    if (lambdas.length == 0 || Arrays.stream(lambdas).anyMatch(l -> !(l > 0) || Double.isInfinite(l))) {
      throw new InvalidInputException("ridge lambdas " + Arrays.toString(lambdas) + " must be positive and finite");
    }
    if (!(validationFraction > 0 && validationFraction < 1)) {
      throw new InvalidInputException("ridge validation fraction " + validationFraction + " is outside (0, 1)");
    }
    lambdas = lambdas.clone();
  }

  @Override
  public double[] lambdas() {
    return lambdas.clone();
  }
}
