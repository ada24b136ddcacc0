package org.coreset4j.submodular;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.kernels.Similarity;

/**
 * Options of facility-location, graphcut and logdet: {@code --optimizer naive|lazy|stochastic},
 * {@code --similarity cosine|cosine2|corr2|euclidean}, {@code --neighbors K} (0 = dense N x N
 * similarity; K > 0 = sparse K-nearest-neighbour similarity; not used by logdet, which computes
 * kernel values on the fly), {@code --epsilon} (stochastic greedy's sample-size parameter) and
 * {@code --ridge} (added to logdet's kernel diagonal).
 */
public record SubmodularParams(
    String optimizer, Similarity similarity, int neighbors, double epsilon, double ridge) {
  private static final Param OPTIMIZER =
      Param.choice("optimizer", "lazy", "greedy optimiser", "naive", "lazy", "stochastic");
  private static final String SIMILARITY = "pairwise similarity (cosine2, corr2 and euclidean as in apricot)";
  private static final Param GRAPH_SIMILARITY =
      Param.choice("similarity", Similarity.COSINE, SIMILARITY, "cosine", "cosine2", "corr2", "euclidean");
  private static final Param KERNEL_SIMILARITY =
      Param.choice("similarity", Similarity.COSINE, SIMILARITY + "; positive semidefinite ones only", "cosine", "cosine2", "corr2");
  private static final Param NEIGHBORS =
      Param.integer("neighbors", 0, ">= 0", "0 = dense N x N similarity, K = sparse kNN graph");
  private static final Param RIDGE = Param.number("ridge", 1e-6, ">= 0", "added to the kernel's diagonal");
  private static final Param EPSILON =
      Param.number("epsilon", 0.01, "in (0, 1)", "stochastic greedy's sample-size parameter");
  /** The options of the graph objectives (facility location, graph cut): dense or kNN similarity. */
  public static final List<Param> GRAPH_PARAMS = List.of(OPTIMIZER, GRAPH_SIMILARITY, NEIGHBORS, EPSILON);
  /** The options of logdet, which computes kernel values on the fly. */
  public static final List<Param> KERNEL_PARAMS = List.of(OPTIMIZER, KERNEL_SIMILARITY, RIDGE, EPSILON);
  public static final SubmodularParams DEFAULTS = from(MethodOptions.empty(), true);

  public SubmodularParams {
    MethodOptions.require(neighbors >= 0, "neighbors", neighbors, "must be >= 0 (0 = dense similarity)");
    MethodOptions.require(epsilon > 0 && epsilon < 1, "epsilon", epsilon, "must be in (0, 1)");
    MethodOptions.require(ridge >= 0, "ridge", ridge, "must be >= 0");
  }

  /** Reads {@link #GRAPH_PARAMS} or {@link #KERNEL_PARAMS}; the other one of neighbors and ridge keeps its default. */
  public static SubmodularParams from(MethodOptions o, boolean graph) {
    Similarity sim = Similarity.parse(o.choice(graph ? GRAPH_SIMILARITY : KERNEL_SIMILARITY));
    return new SubmodularParams(o.choice(OPTIMIZER), sim, graph ? o.integer(NEIGHBORS) : 0, o.number(EPSILON),
        graph ? Double.parseDouble(RIDGE.defaultValue()) : o.number(RIDGE));
  }
}
