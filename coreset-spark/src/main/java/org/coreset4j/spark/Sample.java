package org.coreset4j.spark;

import java.io.Serializable;

/** One row of the fused feature matrix: the sample's id and its float32 features. */
public record Sample(long id, float[] x) implements Serializable {}
