package org.coreset4j.selection.balance;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method balance}: MetaCLIP-style concept balancing over k-means clusters. */
public final class BalanceMethod extends SelectionMethod {
  public BalanceMethod() {
    super(MethodDescriptor.of("balance",
        "concept balancing: cap every k-means cluster at t (the budget met exactly), seeded draws inside",
        "Xu et al. 2024, Demystifying CLIP Data (MetaCLIP)", BalanceParams.PARAMS)
        .distributed(Distribution.CLUSTERED),
        options -> new BalanceSelector(BalanceParams.from(options)));
  }
}
