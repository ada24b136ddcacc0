package org.coreset4j.selection.herding;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method herding}: kernel herding (seed 002). */
public final class HerdingMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("herding",
      "herding: greedily keep the running mean of the picks close to the full data's mean",
      "Welling 2009 (seed 002)", List.of());

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new HerdingSelector();
  }
}
