package org.coreset4j.selection.scores;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/** {@code --method score}: a window of per-sample scores (e.g. EL2N). */
public final class ScoreWindowMethod extends SelectionMethod {
  public ScoreWindowMethod() {
    super(MethodDescriptor.of("score",
        "keep the top, middle or bottom of per-sample scores such as EL2N or loss (from --scores)",
        "Paul et al. 2021 (baseline of seed 003)", ScoreWindowParams.PARAMS)
        .needs(SideInput.SCORES).distributed(Distribution.SCORE),
        options -> new ScoreWindowSelector(ScoreWindowParams.from(options)));
  }
}
