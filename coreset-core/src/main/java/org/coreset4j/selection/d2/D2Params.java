package org.coreset4j.selection.d2;

import org.coreset4j.params.MethodOptions;

/**
 * D2-Pruning's parameters, defaults in {@link #DEFAULTS}: {@code --neighbors 5} (k of the kNN
 * graph), {@code --gamma-forward 1} and {@code --gamma-reverse 0.4} (decay rates of the forward
 * and reverse messages).
 */
public record D2Params(int neighbors, double gammaForward, double gammaReverse) {
  public static final D2Params DEFAULTS = new D2Params(5, 1.0, 0.4);

  public D2Params {
    MethodOptions.require(neighbors >= 1, "neighbors", neighbors, "must be at least 1");
    MethodOptions.require(gammaForward >= 0, "gamma-forward", gammaForward, "must be non-negative");
    MethodOptions.require(gammaReverse >= 0, "gamma-reverse", gammaReverse, "must be non-negative");
  }

  public static D2Params from(MethodOptions o) {
    return new D2Params(o.integer("neighbors", DEFAULTS.neighbors),
        o.number("gamma-forward", DEFAULTS.gammaForward), o.number("gamma-reverse", DEFAULTS.gammaReverse));
  }
}
