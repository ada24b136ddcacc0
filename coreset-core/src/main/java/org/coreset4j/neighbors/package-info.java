/**
 * Exact k-nearest neighbours under squared Euclidean distance by blocked GEMM, and the kNN
 * graph they form (used by UMAP, D2-Pruning and sparse submodular similarities). May depend on
 * kernels, data and util.
 */
package org.coreset4j.neighbors;
