/**
 * Cross-covariance herding (after ClipCov, Joshi et al. 2024): greedily pick samples so that the
 * mean of the picks' outer products u v^T between two modalities approaches that of all samples.
 * May depend on selection, selection.crossmodal, params, data and util.
 */
package org.coreset4j.selection.crosscov;
