package org.coreset4j.selection.kcenter;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method kcenter}: k-center greedy (seed 002). */
public final class KCenterMethod extends SelectionMethod {
  public KCenterMethod() {
    super(MethodDescriptor.of("kcenter",
        "k-center greedy: repeatedly pick the sample farthest from the chosen centers",
        "Sener and Savarese 2018 (seed 002)", KCenterParams.PARAMS)
        .distributed(Distribution.TWO_ROUND),
        options -> new KCenterSelector(KCenterParams.from(options)));
  }
}
