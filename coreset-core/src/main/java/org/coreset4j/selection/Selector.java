package org.coreset4j.selection;

import org.coreset4j.data.FloatMatrix;

/**
 * One coreset method. Every method takes the same inputs (the fused feature matrix, a budget and
 * the context with seed, threads and side inputs) and returns indices plus diagnostics.
 */
public interface Selector {
  /** The method's name on the command line, for example {@code dq}. */
  String name();

  Selection select(FloatMatrix features, Budget budget, SelectionContext context);

  /**
   * Whether the method reads the feature values; one that does not (random) is given an N x 0
   * matrix, so the features of a large input are never built for it.
   */
  default boolean readsFeatures() {
    return true;
  }
}
