/**
 * Dataset Quantization (Zhou et al. 2023): greedy graph-cut bins built one after another with
 * the exact greedy rule in O(N D) memory (gains kept within bounds over an active set, each
 * epoch proven afterwards by one GEMM), then a uniform draw from every bin. May depend on
 * selection, kernels, data and util.
 */
package org.coreset4j.selection.dq;
