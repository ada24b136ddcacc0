/**
 * Density-based pruning (Abbas et al. 2024): per-cluster complexity from intra- and inter-cluster
 * cosine distances, softmax quotas capped by cluster sizes, the least prototypical samples kept
 * inside each cluster. May depend on selection, selection.quota, clustering, data and util.
 */
package org.coreset4j.selection.dbp;
