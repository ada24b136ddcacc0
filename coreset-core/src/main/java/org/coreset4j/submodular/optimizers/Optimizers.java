package org.coreset4j.submodular.optimizers;

import org.coreset4j.util.InvalidInputException;

/** The registry of optimisers by their {@code --optimizer} name. */
public final class Optimizers {
  private Optimizers() {}

  public static Optimizer create(String name, double epsilon, long seed) {
    return switch (name) {
      case "naive" -> new NaiveGreedy();
      case "lazy" -> new LazyGreedy();
      case "stochastic" -> new StochasticGreedy(epsilon, seed);
      default -> throw new InvalidInputException("--optimizer " + name + " is not one of naive|lazy|stochastic");
    };
  }
}
