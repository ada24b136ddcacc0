package org.coreset4j.evaluation;

/**
 * A row's verdict score (see {@link EvaluationResult#verdictMetrics()}) against the random row of
 * its budget, paired by seed: the mean over seeds of (row's score - random's score) in retention
 * points, the 95% Student t interval of that mean (null with a single seed) and the verdict:
 * {@code better} or {@code worse} when the interval lies above or below 0, {@code no difference}
 * when it contains 0, {@code n/a} without an interval.
 */
public record Paired(String against, Double mean, Double low, Double high, String verdict) {
  public static final String BETTER = "better";
  public static final String WORSE = "worse";
  public static final String NO_DIFFERENCE = "no difference";
  public static final String NOT_AVAILABLE = "n/a";

  /** Confidence level of the interval. */
  public static final double LEVEL = 0.95;

  /** The paired comparison from the per-seed differences (row minus {@code against}). */
  public static Paired of(String against, double[] differences) {
    int n = differences.length;
    double mean = 0;
    for (double d : differences) {
      mean += d;
    }
    mean /= n;
    if (!Double.isFinite(mean)) {
      return new Paired(against, null, null, null, NOT_AVAILABLE);
    }
    if (n < 2) {
      return new Paired(against, mean, null, null, NOT_AVAILABLE);
    }
    double ss = 0;
    for (double d : differences) {
      ss += (d - mean) * (d - mean);
    }
    double half = StudentT.twoSidedQuantile(LEVEL, n - 1) * Math.sqrt(ss / (n - 1) / n);
    double low = mean - half;
    double high = mean + half;
    String verdict = low > 0 ? BETTER : high < 0 ? WORSE : NO_DIFFERENCE;
    return new Paired(against, mean, low, high, verdict);
  }
}
