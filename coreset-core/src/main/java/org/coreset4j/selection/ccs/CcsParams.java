package org.coreset4j.selection.ccs;

import org.coreset4j.params.Param;
import java.util.List;
import org.coreset4j.params.MethodOptions;

/**
 * Coverage-centric selection's parameters, defaults in {@link #DEFAULTS}: {@code --beta 0.1}
 * (fraction of the hardest samples, highest score, dropped first) and {@code --strata 50} (equal-
 * width score bins).
 */
public record CcsParams(double beta, int strata) {
  private static final Param BETA =
      Param.number("beta", 0.1, "in [0, 1)", "fraction of the hardest (highest score) samples dropped");
  private static final Param STRATA = Param.integer("strata", 50, ">= 1", "number of equal-width score strata");
  /** The options {@link #from} reads. */
  public static final List<Param> PARAMS = List.of(BETA, STRATA);
  public static final CcsParams DEFAULTS = from(MethodOptions.empty());

  public CcsParams {
    MethodOptions.require(beta >= 0 && beta < 1, "beta", beta, "must be in [0, 1)");
    MethodOptions.require(strata >= 1, "strata", strata, "must be at least 1");
  }

  public static CcsParams from(MethodOptions o) {
    return new CcsParams(o.number(BETA), o.integer(STRATA));
  }
}
