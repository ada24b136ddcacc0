package org.coreset4j.selection.scores;

import org.coreset4j.params.Param;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.util.Ranking;

/**
 * Options of the score-window method: {@code --window top|middle|bottom}. The scores themselves
 * come from {@code --scores} through the selection context. Methods that compute their own
 * per-sample scores (negclip) take the same option and keep their window with {@link #pick}.
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

  /**
   * The window of {@code k} of {@code scores}: sorted ascending with ties by ascending index,
   * {@code bottom} is the first k positions, {@code middle} the k positions from floor((N - k) / 2),
   * and {@code top} the k largest scores, ties to the lower index (the head of the descending order).
   */
  public int[] pick(double[] scores, int k) {
    int n = scores.length;
    return switch (window) {
      case TOP -> Ranking.top(scores, k);
      case BOTTOM -> Arrays.copyOf(Ranking.ascending(scores), k);
      case MIDDLE -> {
        int from = (n - k) / 2;
        yield Arrays.copyOfRange(Ranking.ascending(scores), from, from + k);
      }
    };
  }

  public static ScoreWindowParams from(MethodOptions o) {
    return new ScoreWindowParams(Window.valueOf(o.choice(WINDOW).toUpperCase(Locale.ROOT)));
  }
}
