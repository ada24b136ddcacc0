/**
 * Pairwise similarities of samples: all N x N pairs for small sets, or each sample's k nearest
 * neighbours for large ones, with the kinds of {@code --similarity}. May depend on neighbors,
 * kernels, data and util.
 */
package org.coreset4j.submodular.similarity;
