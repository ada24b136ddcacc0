package org.coreset4j.submodular;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.submodular.objectives.LogDeterminant;
import org.coreset4j.submodular.objectives.Objective;
import org.coreset4j.submodular.similarity.PairSimilarity;
import org.coreset4j.submodular.similarity.SimilarityKind;

/**
 * {@code --method logdet}: greedy log-determinant (see {@link LogDeterminant}) with kernel
 * sim + ridge * I. Only positive semidefinite similarities are allowed (cosine, cosine2, corr2);
 * {@code --neighbors} does not apply.
 */
public final class LogDetSelector extends SubmodularSelector {
  public LogDetSelector(MethodOptions options) {
    super(SubmodularParams.from(options, false));
    MethodOptions.require(params.similarity() != SimilarityKind.EUCLIDEAN, "similarity", "euclidean",
        "is not positive semidefinite; logdet takes cosine|cosine2|corr2");
  }

  @Override
  public String name() {
    return "logdet";
  }

  @Override
  protected Objective objective(FloatMatrix features, int k, SelectionContext context) {
    PairSimilarity sim = PairSimilarity.of(params.similarity(), features, context.parallel());
    return new LogDeterminant(sim, params.ridge(), k);
  }
}
