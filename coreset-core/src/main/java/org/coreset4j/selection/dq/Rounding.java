package org.coreset4j.selection.dq;

/**
 * Rounding-error constants for the bounds of {@link GainModel}: an inner product of length d
 * computed in any order satisfies |fl(x . y) - x . y| <= gamma(d) sum |x_i y_i| with
 * gamma(d) = d u / (1 - d u) (Higham, Accuracy and Stability of Numerical Algorithms, 3.1); we use
 * 1.01 d u, valid while d u < 0.01.
 */
final class Rounding {
  /** Unit roundoff of float32. */
  static final double FLOAT = 0x1p-24;
  /** Unit roundoff of float64. */
  static final double DOUBLE = 0x1p-53;

  private Rounding() {}

  static double gamma(int d, double unitRoundoff) {
    return 1.01 * d * unitRoundoff;
  }
}
