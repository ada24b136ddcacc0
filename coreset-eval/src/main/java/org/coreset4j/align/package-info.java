/**
 * A learned shared space for two modalities that no single model embedded: linear contrastive
 * heads trained on the pairs project both into one space, so methods that compare the modalities of
 * a sample (clipscore, negclip, normsim, vas) run on any pair.
 */
package org.coreset4j.align;
