package org.coreset4j.evaluation;

/**
 * A quality measure of a trained model on the held-out split. Errors (lower is better) retain
 * 100 * full / subset, scores 100 * subset / full.
 */
public record Metric(String name, boolean lowerIsBetter) {
  /** Retention in percent of a subset's value relative to the full-data value. */
  public double retention(double full, double subset) {
    return lowerIsBetter ? 100 * full / subset : 100 * subset / full;
  }
}
