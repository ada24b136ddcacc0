package org.coreset4j.kernels;

import java.util.Locale;

/**
 * How two samples are compared: one vocabulary for every method ({@code --similarity}; dq's
 * {@code --kernel} and kcenter's {@code --metric} are older names of it). Each method states which
 * of these it takes; what each means inside a method (a gain, a distance, an assignment score) is
 * written next to the method, in docs/ALGORITHMS.md.
 */
public enum Similarity {
  /** Squared Euclidean distance ||x - y||^2: dq's sim -||p - x||^2, kcenter's distance, Euclidean k-means. */
  SQEUCLIDEAN,
  /** Cosine: dq's sim 0.5 + 0.5 cos, kcenter's distance 1 - cos, spherical k-means, submodular cos(x, y). */
  COSINE,
  /** cos(x, y)^2 (apricot's "cosine"). */
  COSINE2,
  /** The Pearson correlation of the two rows, squared (apricot's "corr"). */
  CORR2,
  /** max over pairs of d2 minus d2(x, y), d2 the squared distance (apricot's "euclidean"). */
  EUCLIDEAN;

  /** The name on the command line. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant of an option value that a method's descriptor has already checked. */
  public static Similarity parse(String option) {
    return valueOf(option.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return optionName();
  }
}
