package org.coreset4j.selection.dbp;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;

/**
 * Density-based pruning's parameters, defaults in {@link #DEFAULTS}: spherical k-means on the
 * l2-normalised features ({@code --clusters}, default ceil(sqrt(N)), and the other k-means
 * options), {@code --neighbors 20} (l, the nearest other centroids averaged in d_inter), {@code
 * --tau 0.5} (softmax temperature), {@code --floor 0.5} (the authors' cluster-balance ratio: a
 * floor of floor x k / K samples per cluster) and {@code --within farthest|random} (which samples a
 * cluster keeps). The defaults l = 20 and tau = 0.5 are those of the authors' reference code for Abbas et
 * al. 2024 (its centroid-distance script and its pruning script; see docs/ALGORITHMS.md).
 */
public record DbpParams(KMeansParams kmeans, int neighbors, double tau, double floor, Within within) {
  /** Which samples a cluster keeps: the farthest from its centroid first, or a seeded draw. */
  public enum Within { FARTHEST, RANDOM }

  private static final Param NEIGHBORS = Param.integer("neighbors", 20, ">= 1",
      "nearest other centroids averaged in the inter-cluster distance (all others when fewer)");
  private static final Param TAU = Param.number("tau", 0.5, "> 0", "temperature of the softmax over cluster complexities");
  private static final Param FLOOR = Param.number("floor", 0.5, ">= 0, <= 1",
      "every non-empty cluster keeps at least floor x k / K samples (at most all but one of its own)");
  private static final Param WITHIN = Param.choice("within", Within.FARTHEST,
      "which samples a cluster keeps: farthest from its centroid first, or seeded random", "farthest", "random");
  /** The options {@link #from} reads: k-means's, then dbp's own. */
  public static final List<Param> PARAMS =
      Stream.concat(KMeansParams.PARAMS.stream(), Stream.of(NEIGHBORS, TAU, FLOOR, WITHIN)).toList();
  public static final DbpParams DEFAULTS = from(MethodOptions.empty());

  public DbpParams {
    MethodOptions.require(neighbors >= 1, "neighbors", neighbors, "must be at least 1");
    MethodOptions.require(tau > 0, "tau", tau, "must be positive");
    MethodOptions.require(floor >= 0 && floor <= 1, "floor", floor, "must be in [0, 1]");
    java.util.Objects.requireNonNull(within, "within");
  }

  public static DbpParams from(MethodOptions o) {
    return new DbpParams(KMeansParams.from(o, Similarity.COSINE), o.integer(NEIGHBORS), o.number(TAU), o.number(FLOOR),
        Within.valueOf(o.choice(WITHIN).toUpperCase(Locale.ROOT)));
  }
}
