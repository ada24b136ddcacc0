package org.coreset4j.selection.random;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.Sampling;

/** Uniform sampling without replacement, seeded. */
public final class RandomSelector implements Selector {
  @Override
  public String name() {
    return "random";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    return Selection.of(Sampling.withoutReplacement(n, budget.count(n), context.seed()));
  }
}
