package org.coreset4j.evaluation;

import java.util.Locale;

/**
 * Mean, sample standard deviation (n - 1; 0 for a single value) and the 95% Student t interval of
 * the mean, mean -/+ t(0.975, n - 1) std / sqrt(n), over seeds. Mean and std are null where the
 * values are not finite (for example a retention against a zero score); the interval is null then,
 * for a single value, and in results written before it existed.
 */
public record Stat(Double mean, Double std, Double low, Double high) {
  /** Confidence level of the interval. */
  public static final double LEVEL = 0.95;

  /** Mean and std without an interval. */
  public Stat(Double mean, Double std) {
    this(mean, std, null, null);
  }

  public static Stat of(double[] values) {
    int n = values.length;
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= n;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double std = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    if (!Double.isFinite(mean) || !Double.isFinite(std)) {
      return new Stat(null, null);
    }
    if (n < 2) {
      return new Stat(mean, std);
    }
    double half = StudentT.twoSidedQuantile(LEVEL, n - 1) * std / Math.sqrt(n);
    return new Stat(mean, std, mean - half, mean + half);
  }

  /** Whether the 95% interval is known. */
  public boolean hasInterval() {
    return low != null && high != null;
  }

  /** "mean ± std" with {@code format} (for example "%.2f"), or "n/a". */
  public String format(String format, String plusMinus) {
    return mean == null ? "n/a" : String.format(Locale.ROOT, format + plusMinus + format, mean, std);
  }
}
