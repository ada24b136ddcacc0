/**
 * COINCIDE (Lee et al. 2024): spherical k-means, cluster transferability and density, a
 * temperature allocation of the budget over clusters, and greedy MMD prototypes inside each
 * cluster. May depend on selection, clustering, kernels, data and util.
 */
package org.coreset4j.selection.coincide;
