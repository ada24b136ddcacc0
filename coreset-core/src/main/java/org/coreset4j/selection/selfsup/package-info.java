/**
 * Self-supervised prototype pruning (Sorscher et al. 2022): spherical k-means, each sample
 * scored by its cosine distance to its own centroid. May depend on selection, clustering, data
 * and util.
 */
package org.coreset4j.selection.selfsup;
