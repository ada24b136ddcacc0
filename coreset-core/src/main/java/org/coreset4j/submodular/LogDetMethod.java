package org.coreset4j.submodular;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method logdet}: submodular logdet (apricot's objectives and optimisers). */
public final class LogDetMethod extends SelectionMethod {
  public LogDetMethod() {
    super(MethodDescriptor.of("logdet",
        "log-determinant: the picks' kernel volume, greedily maximised", "apricot (Schreiber et al. 2020)", SubmodularParams.KERNEL_PARAMS).distributed(Distribution.TWO_ROUND),
        options -> new LogDetSelector(options));
  }
}
