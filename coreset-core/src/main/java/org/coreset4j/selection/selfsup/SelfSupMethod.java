package org.coreset4j.selection.selfsup;

import java.util.List;
import java.util.stream.Stream;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method selfsup}: self-supervised prototype pruning, a baseline of seed 003. */
public final class SelfSupMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("selfsup",
      "prototype pruning: keep the samples farthest from (or nearest to) their k-means centroid",
      "Sorscher et al. 2022 (baseline of seed 003)", Stream.concat(KMeansParams.PARAMS.stream(), Stream.of(
          Param.choice("keep", "hard", "keep the samples far from their centroid (hard) or near it (easy)",
              "hard", "easy")))
          .toList());

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new SelfSupSelector(SelfSupParams.from(options));
  }
}
