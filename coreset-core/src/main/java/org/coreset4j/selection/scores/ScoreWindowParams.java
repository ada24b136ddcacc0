package org.coreset4j.selection.scores;

import org.coreset4j.params.Param;
import java.util.Locale;
import java.util.List;
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

  private static final Param WINDOW =
      Param.choice("window", Window.TOP, "which part of the scores, sorted, to keep", "top", "middle", "bottom");
  /** The options {@link #from} reads. */
  public static final List<Param> PARAMS = List.of(WINDOW);
  public static final ScoreWindowParams DEFAULTS = from(MethodOptions.empty());

  public ScoreWindowParams {
    java.util.Objects.requireNonNull(window);
  }

  public static ScoreWindowParams from(MethodOptions o) {
    return new ScoreWindowParams(Window.valueOf(o.choice(WINDOW).toUpperCase(Locale.ROOT)));
  }
}
