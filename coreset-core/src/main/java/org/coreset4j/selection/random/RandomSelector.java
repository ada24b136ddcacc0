package org.coreset4j.selection.random;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.Sampling;

/**
 * Uniform sampling without replacement, seeded, by id hash: the k samples first in
 * {@link Sampling#idHashOrder} of their int64 ids ({@code --ids}), or of their positions without
 * int64 ids. spark-select draws the same way, so both pick the same ids from the same data.
 */
public final class RandomSelector implements Selector {
  @Override
  public String name() {
    return "random";
  }

  @Override
  public boolean readsFeatures() {
    return false;
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    return Selection.of(Sampling.byIdHash(n, context.ids(), budget.count(n), context.seed()));
  }
}
