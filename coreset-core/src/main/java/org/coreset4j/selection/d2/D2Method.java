package org.coreset4j.selection.d2;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/** {@code --method d2}: D2-Pruning, a baseline of seed 003. */
public final class D2Method extends SelectionMethod {
  public D2Method() {
    super(MethodDescriptor.of("d2",
        "D2-Pruning: message passing of difficulty scores on a kNN graph, then greedy picks",
        "Maharana et al. 2024 (baseline of seed 003)", D2Params.PARAMS)
        .needs(SideInput.SCORES).distributed(Distribution.TWO_ROUND),
        options -> new D2Selector(D2Params.from(options)));
  }
}
