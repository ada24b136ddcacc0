package org.coreset4j.evaluation;

/**
 * A quality measure of a trained model on the held-out split; errors are lower-is-better. Retention
 * is the share of full data's improvement over the trivial model that a subset keeps:
 * 100 * (trivial - subset) / (trivial - full) for errors, 100 * (subset - trivial) / (full - trivial)
 * for scores (the same number, written so both read as "improvement kept").
 */
public record Metric(String name, boolean lowerIsBetter) {
  /**
   * Retention in percent of a subset's value: 100 for full's value, 0 for the trivial model's, negative
   * when worse than the trivial model; not finite when full equals the trivial model.
   */
  public double retention(double trivial, double full, double subset) {
    return 100 * (subset - trivial) / (full - trivial);
  }
}
