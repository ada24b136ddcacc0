package org.coreset4j.selection.ccs;

import org.coreset4j.params.MethodOptions;

/**
 * Coverage-centric selection's parameters, defaults in {@link #DEFAULTS}: {@code --beta 0.1}
 * (fraction of the hardest samples, highest score, dropped first) and {@code --strata 50} (equal-
 * width score bins).
 */
public record CcsParams(double beta, int strata) {
  public static final CcsParams DEFAULTS = new CcsParams(0.1, 50);

  public CcsParams {
    MethodOptions.require(beta >= 0 && beta < 1, "beta", beta, "must be in [0, 1)");
    MethodOptions.require(strata >= 1, "strata", strata, "must be at least 1");
  }

  public static CcsParams from(MethodOptions o) {
    return new CcsParams(o.number("beta", DEFAULTS.beta), o.integer("strata", DEFAULTS.strata));
  }
}
