/**
 * Dimensionality reduction of the fused features ({@code --reduce}): exact, Gram and randomized
 * PCA, Gaussian random projection, and UMAP (fuzzy kNN graph, spectral initialisation, layout),
 * plus trustworthiness to judge an embedding. May depend on neighbors, kernels, data and util.
 */
package org.coreset4j.reduction;
