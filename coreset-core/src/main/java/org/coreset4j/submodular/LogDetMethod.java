package org.coreset4j.submodular;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method logdet}: submodular logdet (apricot's objectives and optimisers). */
public final class LogDetMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("logdet",
      "log-determinant: the picks' kernel volume, greedily maximised", "apricot (Schreiber et al. 2020)", SubmodularParams.params(false));

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new LogDetSelector(options);
  }
}
