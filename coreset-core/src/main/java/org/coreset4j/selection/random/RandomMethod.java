package org.coreset4j.selection.random;

import java.util.List;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method random}: the baseline every other method is compared with. */
public final class RandomMethod extends SelectionMethod {
  public RandomMethod() {
    super(MethodDescriptor.of("random",
        "uniform sample without replacement, seeded: the k smallest hashes of (seed, id)", "baseline", List.of()).distributed(Distribution.SAMPLE),
        options -> new RandomSelector());
  }
}
