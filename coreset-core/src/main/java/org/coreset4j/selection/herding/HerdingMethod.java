package org.coreset4j.selection.herding;

import java.util.List;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method herding}: kernel herding (seed 002). */
public final class HerdingMethod extends SelectionMethod {
  public HerdingMethod() {
    super(MethodDescriptor.of("herding",
        "herding: greedily keep the running mean of the picks close to the full data's mean",
        "Welling 2009 (seed 002)", List.of()).distributed(Distribution.TWO_ROUND),
        options -> new HerdingSelector());
  }
}
