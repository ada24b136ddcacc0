/**
 * Exact, deterministic k-means (Lloyd, spherical or Euclidean) with GEMM-based assignment that
 * Yinyang group bounds skip where they prove a row keeps its centroid,
 * random or k-means++ initialisation, and the members of every cluster; used by COINCIDE,
 * SemDeDup, self-supervised pruning, balance and dbp, whose descriptors share
 * {@code KMeansParams.PARAMS}. {@code AssignmentState} carries a block of rows' labels and bounds
 * between passes whose centroids are computed elsewhere (Spark's k-means keeps one per partition).
 * May depend on params, kernels, data and util.
 */
package org.coreset4j.clustering;
