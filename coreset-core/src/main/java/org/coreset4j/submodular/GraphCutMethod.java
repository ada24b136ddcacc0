package org.coreset4j.submodular;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method graphcut}: submodular graphcut (apricot's objectives and optimisers). */
public final class GraphCutMethod extends SelectionMethod {
  public GraphCutMethod() {
    super(MethodDescriptor.of("graphcut",
        "graph cut: similar to the pool, dissimilar among the picks, greedily maximised", "apricot (Schreiber et al. 2020)", SubmodularParams.GRAPH_PARAMS).distributed(Distribution.TWO_ROUND),
        options -> new GraphCutSelector(options));
  }
}
