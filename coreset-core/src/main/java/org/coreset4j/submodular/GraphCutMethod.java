package org.coreset4j.submodular;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method graphcut}: submodular graphcut (apricot's objectives and optimisers). */
public final class GraphCutMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("graphcut",
      "graph cut: similar to the pool, dissimilar among the picks, greedily maximised", "apricot (Schreiber et al. 2020)", SubmodularParams.params(true));

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new GraphCutSelector(options);
  }
}
