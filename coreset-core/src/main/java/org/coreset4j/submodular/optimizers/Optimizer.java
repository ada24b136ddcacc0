package org.coreset4j.submodular.optimizers;

import org.coreset4j.submodular.objectives.Objective;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/** A greedy maximiser of an {@link Objective} under a cardinality budget. */
public interface Optimizer {
  /** The picks in order and the gain of each when it was added. */
  record Result(int[] order, double[] gains) {}

  Result maximize(Objective f, int k, Parallel parallel, Progress progress);
}
