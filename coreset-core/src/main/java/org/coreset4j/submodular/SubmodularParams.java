package org.coreset4j.submodular;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
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

  /**
   * The options {@link #from} reads. The graph objectives (facility location, graph cut) can run
   * on a sparse kNN similarity ({@code --neighbors}); logdet computes kernel values on the fly and
   * takes a {@code --ridge} and only positive semidefinite similarities instead.
   */
  public static List<Param> params(boolean graph) {
    Param optimizer = Param.choice("optimizer", DEFAULTS.optimizer(), "greedy optimiser", "naive", "lazy", "stochastic");
    Param epsilon = Param.number("epsilon", DEFAULTS.epsilon(), "in (0, 1)", "stochastic greedy's sample-size parameter");
    String similarity = "pairwise similarity (cosine2, corr2 and euclidean as in apricot)";
    String dflt = DEFAULTS.similarity().optionName();
    return graph
        ? List.of(optimizer, Param.choice("similarity", dflt, similarity, "cosine", "cosine2", "corr2", "euclidean"),
            Param.integer("neighbors", DEFAULTS.neighbors(), ">= 0", "0 = dense N x N similarity, K = sparse kNN graph"),
            epsilon)
        : List.of(optimizer, Param.choice("similarity", dflt, similarity, "cosine", "cosine2", "corr2"),
            Param.number("ridge", DEFAULTS.ridge(), ">= 0", "added to the kernel's diagonal"), epsilon);
  }

  /** Reads the options of {@link #params}; the other one of neighbors and ridge keeps its default. */
  public static SubmodularParams from(MethodOptions o, boolean graph) {
    String optimizer = o.choice("optimizer", DEFAULTS.optimizer(), "naive", "lazy", "stochastic");
    String sim = o.choice("similarity", DEFAULTS.similarity().optionName(), "cosine", "cosine2", "corr2", "euclidean");
    return new SubmodularParams(optimizer, SimilarityKind.valueOf(sim.toUpperCase()),
        graph ? o.integer("neighbors", DEFAULTS.neighbors()) : DEFAULTS.neighbors(),
        o.number("epsilon", DEFAULTS.epsilon()), graph ? DEFAULTS.ridge() : o.number("ridge", DEFAULTS.ridge()));
  }
}
