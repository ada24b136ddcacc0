/**
 * SemDeDup (Abbas et al. 2023): spherical k-means, then inside each cluster a sample is dropped
 * when it is too similar to one visited before it. May depend on selection, clustering,
 * kernels, data and util.
 */
package org.coreset4j.selection.semdedup;
