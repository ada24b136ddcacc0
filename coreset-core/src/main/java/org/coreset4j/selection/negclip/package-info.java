/**
 * negCLIPLoss (Wang et al., NeurIPS 2024, arXiv 2405.19547): the CLIP loss of a sample's pair,
 * normalised by the log-sum-exp terms of random batches, as a data-quality score. May depend on
 * selection, selection.scores, params, kernels, data and util.
 */
package org.coreset4j.selection.negclip;
