package org.coreset4j.evaluation;

/**
 * Mean and sample standard deviation (n - 1; 0 for a single value) over seeds; null where the
 * values are not finite (for example a retention against a zero score).
 */
public record Stat(Double mean, Double std) {
  public static Stat of(double[] values) {
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double std = values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0;
    return Double.isFinite(mean) && Double.isFinite(std) ? new Stat(mean, std) : new Stat(null, null);
  }
}
