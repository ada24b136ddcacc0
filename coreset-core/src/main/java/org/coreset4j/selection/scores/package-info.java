/**
 * Methods driven by per-sample scores: forgetting events, a window (top, middle, bottom) of a
 * score file such as EL2N, and CLIP-score filtering between two modalities. May depend on
 * selection, kernels, data and util.
 */
package org.coreset4j.selection.scores;
