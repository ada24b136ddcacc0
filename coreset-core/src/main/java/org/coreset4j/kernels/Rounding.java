package org.coreset4j.kernels;

/**
 * Rounding-error constants for rigorous bounds of floating-point products: an inner product of length d
 * computed in any order satisfies |fl(x . y) - x . y| <= gamma(d) sum |x_i y_i| with
 * gamma(d) = d u / (1 - d u) (Higham, Accuracy and Stability of Numerical Algorithms, 3.1); we use
 * 1.01 d u, valid while d u < 0.01.
 */
public final class Rounding {
  /** Unit roundoff of float32. */
  public static final double FLOAT = 0x1p-24;
  /** Unit roundoff of float64. */
  public static final double DOUBLE = 0x1p-53;

  private Rounding() {}

  public static double gamma(int d, double unitRoundoff) {
    return 1.01 * d * unitRoundoff;
  }
}
