package org.coreset4j.selection.random;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method random}: the baseline every other method is compared with. */
public final class RandomMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("random",
      "uniform sample without replacement, seeded", "baseline", List.of()).distributed(Distribution.SAMPLE);

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new RandomSelector();
  }
}
