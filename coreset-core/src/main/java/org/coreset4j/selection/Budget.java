package org.coreset4j.selection;

import org.coreset4j.util.InvalidInputException;

/**
 * How many samples to keep: either a fraction of N in (0, 1] or an absolute size in [1, N].
 * Exactly one of the two is set.
 */
public record Budget(Double fraction, Integer size) {
  public Budget {
    if ((fraction == null) == (size == null)) {
      throw new InvalidInputException("give exactly one of --fraction and --size");
    }
    if (fraction != null && !(fraction > 0 && fraction <= 1)) {
      throw new InvalidInputException("--fraction " + fraction + " is outside (0, 1]");
    }
    if (size != null && size < 1) {
      throw new InvalidInputException("--size " + size + " must be at least 1");
    }
  }

  public static Budget fraction(double f) {
    return new Budget(f, null);
  }

  public static Budget size(int k) {
    return new Budget(null, k);
  }

  /** The number of samples to keep out of n: the size, or floor(fraction * n). */
  public int count(int n) {
    if (size != null) {
      if (size > n) {
        throw new InvalidInputException("--size " + size + " is larger than the number of samples " + n);
      }
      return size;
    }
    return (int) Math.floor(fraction * n);
  }

  /** The fraction of n this budget keeps (size / n when a size was given). */
  public double fractionOf(int n) {
    if (size != null) {
      count(n);
      return size / (double) n;
    }
    return fraction;
  }

  @Override
  public String toString() {
    return fraction != null ? "fraction=" + fraction : "size=" + size;
  }
}
