package org.coreset4j.selection.balance;

import java.util.List;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;

/**
 * Concept balancing's parameters, defaults in {@link #DEFAULTS}: the concepts are spherical k-means
 * clusters ({@code --clusters}, default ceil(sqrt(N)), {@code --kmeans-iters}, {@code
 * --kmeans-init}, {@code --kmeans-batch}); the cap t follows from the budget, so there is no
 * other option.
 */
public record BalanceParams(KMeansParams kmeans) {
  /** The options {@link #from} reads: k-means's. */
  public static final List<Param> PARAMS = KMeansParams.PARAMS;
  public static final BalanceParams DEFAULTS = from(MethodOptions.empty());

  public static BalanceParams from(MethodOptions o) {
    return new BalanceParams(KMeansParams.from(o, Similarity.COSINE));
  }
}
