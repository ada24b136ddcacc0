package org.coreset4j.evaluation;

import java.util.List;
import org.coreset4j.nn.Dense;

/** A small model trained from scratch on a set of rows and scored on held-out rows. */
interface DownstreamModel {
  /** What {@link #trainAndScore} returns, in order. */
  List<Metric> metrics();

  /** A short description of the model and its parameters, for tables and reports. */
  String describe();

  /** Trains on rows {@code train} of the full data with {@code seed}; the metrics on rows {@code test}. */
  double[] trainAndScore(int[] train, int[] test, long seed);

  /**
   * The metrics on rows {@code test} of the trivial model fitted on rows {@code train}: one that ignores
   * the inputs (the training mean, the majority class, a chance ranking). Retention measures against it.
   */
  double[] trivial(int[] train, int[] test);

  /** The trivial model in words, for tables and reports. */
  String describeTrivial();

  /** The metrics whose retentions, averaged, are the score that paired verdicts compare. */
  List<String> verdictMetrics();

  /** Rows of a flat n x k array at the given positions. */
  static double[] gatherRows(double[] a, int k, int[] rows) {
    return Dense.gatherRows(a, k, rows);
  }
}
