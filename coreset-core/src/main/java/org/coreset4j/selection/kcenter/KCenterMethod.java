package org.coreset4j.selection.kcenter;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method kcenter}: k-center greedy (seed 002). */
public final class KCenterMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("kcenter",
      "k-center greedy: repeatedly pick the sample farthest from the chosen centers",
      "Sener and Savarese 2018 (seed 002)", List.of(
          Param.choice("similarity", "sqeuclidean", "distance to a center: ||x - y||^2 or 1 - cos",
              "sqeuclidean", "cosine").alsoNamed("metric"),
          Param.integer("first", null, ">= 0, < N", "index of the first center").derivedDefault("drawn from the seed"),
          Param.choice("compact", "none", "bf16 scans a bfloat16 copy (half the memory traffic)", "none", "bf16")))
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
