package org.coreset4j.submodular;

import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.submodular.objectives.Objective;
import org.coreset4j.submodular.optimizers.Optimizer;
import org.coreset4j.submodular.optimizers.Optimizers;
import org.coreset4j.submodular.similarity.DenseSimilarity;
import org.coreset4j.submodular.similarity.KnnSimilarity;
import org.coreset4j.submodular.similarity.PairSimilarity;
import org.coreset4j.submodular.similarity.SimilarityGraph;

/**
 * A selector that maximises a submodular objective with the optimiser of {@code --optimizer}.
 * Diagnostics: {@code order} (pick order) and {@code gain} (marginal gain of each pick).
 */
public abstract class SubmodularSelector implements Selector {
  protected final SubmodularParams params;

  protected SubmodularSelector(SubmodularParams params) {
    this.params = params;
  }

  /** The objective over these features, for a budget of k picks. */
  protected abstract Objective objective(FloatMatrix features, int k, SelectionContext context);

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int k = budget.count(features.rows());
    Objective f = objective(features, k, context);
    Optimizer opt = Optimizers.create(params.optimizer(), params.epsilon(), context.seed());
    Optimizer.Result r = opt.maximize(f, k, context.parallel(), context.progress());
    return Selection.greedy(r.order(), r.gains(), Map.of());
  }

  /** The similarity graph the options ask for: dense, or sparse k-nearest-neighbour. */
  protected SimilarityGraph graph(FloatMatrix features, SelectionContext context) {
    PairSimilarity sim = PairSimilarity.of(params.similarity(), features, context.parallel());
    return params.neighbors() == 0
        ? DenseSimilarity.of(sim, context.parallel())
        : KnnSimilarity.of(sim, params.neighbors(), context.parallel(), context.progress());
  }
}
