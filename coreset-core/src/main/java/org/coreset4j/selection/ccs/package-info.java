/**
 * Coverage-centric coreset selection (CCS, Zheng et al. 2023) on per-sample difficulty scores:
 * drop the hardest fraction, then sample evenly over score strata. May depend on selection,
 * clustering, data and util.
 */
package org.coreset4j.selection.ccs;
