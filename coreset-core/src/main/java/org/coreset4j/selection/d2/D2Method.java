package org.coreset4j.selection.d2;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.SideInput;

/** {@code --method d2}: D2-Pruning, a baseline of seed 003. */
public final class D2Method implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("d2",
      "D2-Pruning: message passing of difficulty scores on a kNN graph, then greedy picks",
      "Maharana et al. 2024 (baseline of seed 003)", List.of(
          Param.integer("neighbors", D2Params.DEFAULTS.neighbors(), ">= 1", "k of the kNN graph"),
          Param.number("gamma-forward", D2Params.DEFAULTS.gammaForward(), ">= 0", "decay of the forward messages"),
          Param.number("gamma-reverse", D2Params.DEFAULTS.gammaReverse(), ">= 0", "decay of the reverse messages")))
      .needs(SideInput.SCORES);

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new D2Selector(D2Params.from(options));
  }
}
