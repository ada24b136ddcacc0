package org.coreset4j.selection.ccs;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/** {@code --method ccs}: coverage-centric selection, a baseline of seed 003. */
public final class CcsMethod extends SelectionMethod {
  public CcsMethod() {
    super(MethodDescriptor.of("ccs",
        "coverage-centric selection: drop the hardest scores, then sample evenly over score strata",
        "Zheng et al. 2023 (baseline of seed 003)", CcsParams.PARAMS)
        .needs(SideInput.SCORES).distributed(Distribution.STRATA),
        options -> new CcsSelector(CcsParams.from(options)));
  }
}
