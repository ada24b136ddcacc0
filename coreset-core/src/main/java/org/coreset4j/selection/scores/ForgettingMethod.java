package org.coreset4j.selection.scores;

import java.util.List;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/** {@code --method forgetting}: forgetting events (seed 002). */
public final class ForgettingMethod extends SelectionMethod {
  public ForgettingMethod() {
    super(MethodDescriptor.of("forgetting",
        "keep the samples forgotten most often during training (from --events)",
        "Toneva et al. 2019 (seed 002)", List.of()).needs(SideInput.EVENTS).distributed(Distribution.SCORE),
        options -> new ForgettingSelector());
  }
}
