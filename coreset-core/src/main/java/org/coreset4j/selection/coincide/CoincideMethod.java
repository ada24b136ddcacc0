package org.coreset4j.selection.coincide;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method coincide}: COINCIDE (seed 003). */
public final class CoincideMethod extends SelectionMethod {
  public CoincideMethod() {
    super(MethodDescriptor.of("coincide",
        "spherical k-means, transferability/density cluster allocation, greedy MMD inside clusters",
        "Lee et al. 2024, COINCIDE (seed 003)", CoincideParams.PARAMS)
        .distributed(Distribution.CLUSTERED),
        options -> new CoincideSelector(CoincideParams.from(options)));
  }
}
