package org.coreset4j.selection.ccs;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.SideInput;

/** {@code --method ccs}: coverage-centric selection, a baseline of seed 003. */
public final class CcsMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("ccs",
      "coverage-centric selection: drop the hardest scores, then sample evenly over score strata",
      "Zheng et al. 2023 (baseline of seed 003)", List.of(
          Param.number("beta", CcsParams.DEFAULTS.beta(), "in [0, 1)", "fraction of the hardest (highest score) samples dropped"),
          Param.integer("strata", CcsParams.DEFAULTS.strata(), ">= 1", "number of equal-width score strata")))
      .needs(SideInput.SCORES);

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new CcsSelector(CcsParams.from(options));
  }
}
