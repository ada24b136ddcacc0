package org.coreset4j.selection.d2;

import org.coreset4j.params.Param;
import java.util.List;
import org.coreset4j.params.MethodOptions;

/**
 * D2-Pruning's parameters, defaults in {@link #DEFAULTS}: {@code --neighbors 5} (k of the kNN
 * graph), {@code --gamma-forward 1} and {@code --gamma-reverse 0.4} (decay rates of the forward
 * and reverse messages).
 */
public record D2Params(int neighbors, double gammaForward, double gammaReverse) {
  private static final Param NEIGHBORS = Param.integer("neighbors", 5, ">= 1", "k of the kNN graph");
  private static final Param GAMMA_FORWARD = Param.number("gamma-forward", 1.0, ">= 0", "decay of the forward messages");
  private static final Param GAMMA_REVERSE = Param.number("gamma-reverse", 0.4, ">= 0", "decay of the reverse messages");
  /** The options {@link #from} reads. */
  public static final List<Param> PARAMS = List.of(NEIGHBORS, GAMMA_FORWARD, GAMMA_REVERSE);
  public static final D2Params DEFAULTS = from(MethodOptions.empty());

  public D2Params {
    MethodOptions.require(neighbors >= 1, "neighbors", neighbors, "must be at least 1");
    MethodOptions.require(gammaForward >= 0, "gamma-forward", gammaForward, "must be non-negative");
    MethodOptions.require(gammaReverse >= 0, "gamma-reverse", gammaReverse, "must be non-negative");
  }

  public static D2Params from(MethodOptions o) {
    return new D2Params(o.integer(NEIGHBORS), o.number(GAMMA_FORWARD), o.number(GAMMA_REVERSE));
  }
}
