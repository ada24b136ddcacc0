package org.coreset4j.submodular;

import org.coreset4j.selection.MethodOptions;
import org.coreset4j.submodular.similarity.SimilarityKind;

/**
 * Options of facility-location, graphcut and logdet: {@code --optimizer naive|lazy|stochastic},
 * {@code --similarity cosine|cosine2|corr2|euclidean}, {@code --neighbors K} (0 = dense N x N
 * similarity; K > 0 = sparse K-nearest-neighbour similarity; not used by logdet, which computes
 * kernel values on the fly), {@code --epsilon} (stochastic greedy's sample-size parameter) and
 * {@code --ridge} (added to logdet's kernel diagonal).
 */
public record SubmodularParams(
    String optimizer, SimilarityKind similarity, int neighbors, double epsilon, double ridge) {
  public static final SubmodularParams DEFAULTS =
      new SubmodularParams("lazy", SimilarityKind.COSINE, 0, 0.01, 1e-6);

  public SubmodularParams {
    MethodOptions.require(neighbors >= 0, "neighbors", neighbors, "must be >= 0 (0 = dense similarity)");
    MethodOptions.require(epsilon > 0 && epsilon < 1, "epsilon", epsilon, "must be in (0, 1)");
    MethodOptions.require(ridge >= 0, "ridge", ridge, "must be >= 0");
  }

  public static SubmodularParams from(MethodOptions o) {
    String optimizer = o.choice("optimizer", DEFAULTS.optimizer(), "naive", "lazy", "stochastic");
    String sim = o.choice("similarity", DEFAULTS.similarity().optionName(), "cosine", "cosine2", "corr2", "euclidean");
    return new SubmodularParams(optimizer, SimilarityKind.valueOf(sim.toUpperCase()),
        o.integer("neighbors", DEFAULTS.neighbors()), o.number("epsilon", DEFAULTS.epsilon()),
        o.number("ridge", DEFAULTS.ridge()));
  }
}
