package org.coreset4j.selection.scores;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.SideInput;

/** {@code --method score}: a window of per-sample scores (e.g. EL2N). */
public final class ScoreWindowMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("score",
      "keep the top, middle or bottom of per-sample scores such as EL2N or loss (from --scores)",
      "Paul et al. 2021 (baseline of seed 003)", List.of(
          Param.choice("window", "top", "which part of the scores, sorted, to keep", "top", "middle", "bottom")))
      .needs(SideInput.SCORES);

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new ScoreWindowSelector(ScoreWindowParams.from(options));
  }
}
