/**
 * Dataset Quantization (Zhou et al. 2023): greedy graph-cut bins built one after another with
 * the exact greedy rule in O(N D) memory (gains kept within bounds over an active set, each
 * epoch proven afterwards by one GEMM), or plainly in float64 for the cross-modal kernel of two
 * modalities, then a uniform draw from every bin. May depend on selection,
 * selection.crossmodal, kernels, data and util.
 */
package org.coreset4j.selection.dq;
