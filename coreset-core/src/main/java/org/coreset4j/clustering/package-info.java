/**
 * Exact, deterministic k-means (Lloyd, spherical or Euclidean) with GEMM-based assignment,
 * random or k-means++ initialisation, and the members of every cluster; used by COINCIDE,
 * SemDeDup, self-supervised pruning and CCS. May depend on kernels, data and util. (Its
 * parameters still read {@code selection.MethodOptions}; that cycle is being removed and is
 * listed in the core tests' {@code PackageCycles.TEMPORARY_KNOWN_CYCLES}.)
 */
package org.coreset4j.clustering;
