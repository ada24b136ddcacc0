/**
 * Methods driven by per-sample scores: forgetting events, a window (top, middle, bottom) of a
 * score file such as EL2N, and CLIP-score filtering between two modalities; and {@link
 * org.coreset4j.selection.scores.SampleScorer}, the contract of methods whose per-sample scores
 * can be computed on any split of the rows (how Spark runs them). May depend on selection,
 * params, kernels, data and util.
 */
package org.coreset4j.selection.scores;
