package org.coreset4j.selection.selfsup;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method selfsup}: self-supervised prototype pruning, a baseline of seed 003. */
public final class SelfSupMethod extends SelectionMethod {
  public SelfSupMethod() {
    super(MethodDescriptor.of("selfsup",
        "prototype pruning: keep the samples farthest from (or nearest to) their k-means centroid",
        "Sorscher et al. 2022 (baseline of seed 003)", SelfSupParams.PARAMS).distributed(Distribution.CLUSTERED),
        options -> new SelfSupSelector(SelfSupParams.from(options)));
  }
}
