package org.coreset4j.selection.kcenter;

import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method kcenter}: k-center greedy (seed 002). */
public final class KCenterMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("kcenter",
      "k-center greedy: repeatedly pick the sample farthest from the chosen centers",
      "Sener and Savarese 2018 (seed 002)", KCenterParams.PARAMS)
      .distributed(Distribution.TWO_ROUND);

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new KCenterSelector(KCenterParams.from(options));
  }
}
