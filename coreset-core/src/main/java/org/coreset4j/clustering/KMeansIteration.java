package org.coreset4j.clustering;

/**
 * Statistics of one assignment pass: {@code iteration} 0 is the pass over the initial centroids.
 *
 * @param objective the k-means objective of this pass's assignment against the centroids it used:
 *     sum of ||x - c||^2 (Euclidean) or of ||x|| - x.c (spherical; for unit rows the cosine
 *     distance); for mini-batch iterations, over the batch only
 * @param changed rows whose cluster differs from the previous pass (all rows in pass 0)
 * @param skipped the share of the N x K row-centroid inner products that the bounds proved needless
 *     (0 for plain Lloyd and mini-batch passes)
 * @param seconds wall time of the pass and of the update before it
 */
public record KMeansIteration(int iteration, double objective, long changed, double skipped, double seconds) {}
