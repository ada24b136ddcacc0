/**
 * D2-Pruning (Maharana et al. 2023): forward and reverse message passing over the exact kNN
 * graph, then greedy picks from an indexed max-heap. May depend on selection, neighbors, data
 * and util.
 */
package org.coreset4j.selection.d2;
