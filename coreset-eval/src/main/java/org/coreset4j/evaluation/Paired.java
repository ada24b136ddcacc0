package org.coreset4j.evaluation;

import java.util.Locale;

/**
 * A row's verdict score (see {@link EvaluationResult#verdictMetrics()}) against the random row of
 * its budget, paired by seed: the mean over seeds of (row's score - random's score) in retention
 * points, the 95% Student t interval of that mean (null with a single seed; see {@link Stat}) and
 * the verdict: {@code better} or {@code worse} when the interval lies above or below 0,
 * {@code no difference} when it contains 0, {@code n/a} without an interval.
 */
public record Paired(String against, Double mean, Double low, Double high, String verdict) {
  public static final String BETTER = "better";
  public static final String WORSE = "worse";
  public static final String NO_DIFFERENCE = "no difference";
  public static final String NOT_AVAILABLE = "n/a";

  /** Confidence level of the interval. */
  public static final double LEVEL = Stat.LEVEL;

  /** The paired comparison from the per-seed differences (row minus {@code against}). */
  public static Paired of(String against, double[] differences) {
    Stat s = Stat.of(differences);
    if (!s.hasInterval()) {
      return new Paired(against, s.mean(), null, null, NOT_AVAILABLE);
    }
    String verdict = s.low() > 0 ? BETTER : s.high() < 0 ? WORSE : NO_DIFFERENCE;
    return new Paired(against, s.mean(), s.low(), s.high(), verdict);
  }

  /** "+1.23 [+0.40, +2.06]" in points; without an interval only the mean; "n/a" without a mean. */
  public String format() {
    if (mean == null) {
      return NOT_AVAILABLE;
    }
    if (low == null) {
      return String.format(Locale.ROOT, "%+.2f", mean);
    }
    return String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", mean, low, high);
  }
}
