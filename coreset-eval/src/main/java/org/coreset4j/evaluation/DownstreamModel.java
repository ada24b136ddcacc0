package org.coreset4j.evaluation;

import java.util.List;
import org.coreset4j.nn.Dense;
import org.coreset4j.util.Parallel;

/** A small model trained from scratch on a set of rows and scored on held-out rows. */
interface DownstreamModel {
  /** What {@link #trainAndScore} returns, in order. */
  List<Metric> metrics();

  /** A short description of the model and its parameters, for tables and reports. */
  String describe();

  /** Trains on rows {@code train} of the full data with {@code seed}; the metrics on rows {@code test}. */
  double[] trainAndScore(int[] train, int[] test, long seed, Parallel par);

  /** Rows of a flat n x k array at the given positions. */
  static double[] gatherRows(double[] a, int k, int[] rows) {
    return Dense.gatherRows(a, k, rows);
  }
}
