package org.coreset4j.submodular;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.submodular.objectives.GraphCut;
import org.coreset4j.submodular.objectives.Objective;

/** {@code --method graphcut}: greedy graph cut (see {@link GraphCut}). */
public final class GraphCutSelector extends SubmodularSelector {
  public GraphCutSelector(MethodOptions options) {
    super(SubmodularParams.from(options, true));
  }

  @Override
  public String name() {
    return "graphcut";
  }

  @Override
  protected Objective objective(FloatMatrix features, int k, SelectionContext context) {
    return new GraphCut(graph(features, context));
  }
}
