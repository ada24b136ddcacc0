package org.coreset4j.clustering;

import org.coreset4j.util.InvalidInputException;
import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;

/**
 * The parameters of one k-means run, with their defaults in {@link #DEFAULTS}.
 *
 * @param clusters K, or {@link #AUTO_CLUSTERS} for K = ceil(sqrt(N)) (option {@code --clusters})
 * @param iterations the most Lloyd (or mini-batch) updates, default 50 ({@code --kmeans-iters});
 *     a full-batch run stops early when no assignment changes
 * @param metric spherical (assign by largest inner product, unit centroids) or Euclidean
 * @param init how the first centroids are chosen: random rows (default) or k-means++
 *     ({@code --kmeans-init random|kmeans++})
 * @param batchSize 0 for full-batch Lloyd (default), else rows per mini-batch update
 *     ({@code --kmeans-batch})
 * @param seed the seed of every random choice
 */
public record KMeansParams(int clusters, int iterations, Metric metric, Init init, int batchSize, long seed) {
  /** How points are compared with centroids. */
  public enum Metric { SPHERICAL, EUCLIDEAN }

  /** How the first centroids are chosen. */
  public enum Init { RANDOM, KMEANS_PLUS_PLUS }

  public static final int AUTO_CLUSTERS = 0;
  public static final KMeansParams DEFAULTS =
      new KMeansParams(AUTO_CLUSTERS, 50, Metric.SPHERICAL, Init.RANDOM, 0, 0L);

  /** The options {@link #from} reads, for the descriptors of the methods that cluster. */
  public static final List<Param> PARAMS = List.of(
      Param.integer("clusters", null, ">= 1", "number of k-means clusters").derivedDefault("ceil(sqrt(N))"),
      Param.integer("kmeans-iters", DEFAULTS.iterations, ">= 1", "k-means iterations (full batch stops early when stable)"),
      Param.choice("kmeans-init", "random", "k-means initialisation: random rows or k-means++", "random", "kmeans++"),
      Param.integer("kmeans-batch", DEFAULTS.batchSize, ">= 0", "rows per mini-batch update; 0 = full-batch Lloyd"));

  public KMeansParams {
    MethodOptions.require(clusters >= 0, "clusters", clusters, "must be at least 1");
    MethodOptions.require(iterations >= 1, "kmeans-iters", iterations, "must be at least 1");
    MethodOptions.require(batchSize >= 0, "kmeans-batch", batchSize, "must be 0 (full batch) or positive");
    if (metric == null || init == null) {
      throw new IllegalArgumentException("metric and init are required");
    }
  }

  /** Reads {@code --clusters --kmeans-iters --kmeans-init --kmeans-batch}; the seed stays 0. */
  public static KMeansParams from(MethodOptions o, Metric metric) {
    int k = o.integer("clusters", DEFAULTS.clusters);
    MethodOptions.require(!o.has("clusters") || k >= 1, "clusters", k, "must be at least 1");
    String init = o.choice("kmeans-init", "random", "random", "kmeans++");
    return new KMeansParams(k, o.integer("kmeans-iters", DEFAULTS.iterations), metric,
        init.equals("random") ? Init.RANDOM : Init.KMEANS_PLUS_PLUS,
        o.integer("kmeans-batch", DEFAULTS.batchSize), DEFAULTS.seed);
  }

  /** K for n samples; K > n is an error naming {@code --clusters}. */
  public int clustersFor(int n) {
    int k = clusters == AUTO_CLUSTERS ? (int) Math.ceil(Math.sqrt(n)) : clusters;
    if (k > n) {
      throw new InvalidInputException("--clusters " + k + " is larger than the number of samples " + n);
    }
    if (k < 1) {
      throw new InvalidInputException("--clusters needs at least one sample, got " + n);
    }
    return k;
  }

  public KMeansParams withClusters(int k) {
    return new KMeansParams(k, iterations, metric, init, batchSize, seed);
  }

  public KMeansParams withSeed(long s) {
    return new KMeansParams(clusters, iterations, metric, init, batchSize, s);
  }

  public KMeansParams withIterations(int it) {
    return new KMeansParams(clusters, it, metric, init, batchSize, seed);
  }
}
