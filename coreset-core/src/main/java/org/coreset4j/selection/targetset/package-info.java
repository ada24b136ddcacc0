/**
 * Methods that score each sample against a target set ({@code --target}): NormSim (Wang et al.,
 * NeurIPS 2024) and the Variance Alignment Score (Wang, Chen and Du, 2024). Rows are l2-normalised
 * in float64 as in both papers. Both are {@link org.coreset4j.selection.scores.SampleScorer}s. May
 * depend on selection, selection.scores, params, kernels, data and util.
 */
package org.coreset4j.selection.targetset;
