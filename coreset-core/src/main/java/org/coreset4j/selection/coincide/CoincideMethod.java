package org.coreset4j.selection.coincide;

import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method coincide}: COINCIDE (seed 003). */
public final class CoincideMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("coincide",
      "spherical k-means, transferability/density cluster allocation, greedy MMD inside clusters",
      "Lee et al. 2024, COINCIDE (seed 003)", CoincideParams.PARAMS)
      .distributed(Distribution.CLUSTERED);

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new CoincideSelector(CoincideParams.from(options));
  }
}
