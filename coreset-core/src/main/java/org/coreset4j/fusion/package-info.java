/**
 * Turns per-modality inputs into the one float32 feature matrix a selector sees: token pooling,
 * per-modality normalisation, then fusion across modalities ({@code --tokens},
 * {@code --normalize}, {@code --fuse}). May depend on io, kernels (row normalisation), data and
 * util.
 */
package org.coreset4j.fusion;
