package org.coreset4j.selection.scores;

import org.coreset4j.params.MethodOptions;

/**
 * Options of the score-window method: {@code --window top|middle|bottom}. The scores themselves
 * come from {@code --scores} through the selection context.
 */
public record ScoreWindowParams(Window window) {
  /** Which part of the scores, sorted ascending, to keep. */
  public enum Window {
    /** The k largest scores (ties to the lower index). */
    TOP,
    /** The k sorted positions centred on N/2: [floor((N - k) / 2), floor((N - k) / 2) + k). */
    MIDDLE,
    /** The k smallest scores (ties to the lower index). */
    BOTTOM
  }

  public static final ScoreWindowParams DEFAULTS = new ScoreWindowParams(Window.TOP);

  public ScoreWindowParams {
    java.util.Objects.requireNonNull(window);
  }

  public static ScoreWindowParams from(MethodOptions o) {
    String w = o.choice("window", DEFAULTS.window().name().toLowerCase(), "top", "middle", "bottom");
    return new ScoreWindowParams(Window.valueOf(w.toUpperCase()));
  }
}
