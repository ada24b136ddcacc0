/**
 * The tensor-product kernel between two modalities of each sample,
 * k(i, j) = (u_i . u_j)(v_i . v_j) = vec(u_i v_i^T) . vec(u_j v_j^T), evaluated without forming
 * any Du x Dv matrix per sample nor an N x N one, and the exact greedy engine of its gains
 * ({@link org.coreset4j.selection.crossmodal.TensorGreedy}); shared by the methods that read
 * {@code --pair}.
 * May depend on selection, kernels, data and util.
 */
package org.coreset4j.selection.crossmodal;
