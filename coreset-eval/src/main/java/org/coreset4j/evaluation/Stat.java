package org.coreset4j.evaluation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Mean, sample standard deviation (n - 1; 0 for a single value) and the 95% Student t interval of
 * the mean, mean -/+ t(0.975, n - 1) std / sqrt(n), over seeds, and the values themselves, seed by
 * seed (so rows can be paired afterwards; see {@link #pairedWith}). Mean and std are null where the
 * values are not finite (for example a retention against a zero score); the interval is null then,
 * for a single value, and in results written before it existed, as are the values.
 */
public record Stat(Double mean, Double std, Double low, Double high, double[] values) {
  /** Confidence level of the interval. */
  public static final double LEVEL = 0.95;

  /** Mean and std without an interval. */
  public Stat(Double mean, Double std) {
    this(mean, std, null, null, null);
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
      return new Stat(null, null, null, null, values.clone());
    }
    if (n < 2) {
      return new Stat(mean, std, null, null, values.clone());
    }
    double half = StudentT.twoSidedQuantile(LEVEL, n - 1) * std / Math.sqrt(n);
    return new Stat(mean, std, mean - half, mean + half, values.clone());
  }

  /**
   * These values against {@code other}'s, paired by seed (this minus other), as a verdict against
   * {@code name}; n/a when either lacks its values or their seeds differ.
   */
  public Paired pairedWith(Stat other, String name) {
    if (values == null || other.values == null || values.length != other.values.length) {
      return new Paired(name, null, null, null, Paired.NOT_AVAILABLE);
    }
    double[] d = new double[values.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = values[i] - other.values[i];
    }
    return Paired.of(name, d);
  }

  /** Equal when every number is, the values compared element by element. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Stat s && Objects.equals(mean, s.mean) && Objects.equals(std, s.std)
        && Objects.equals(low, s.low) && Objects.equals(high, s.high) && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mean, std, low, high) * 31 + Arrays.hashCode(values);
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
