package org.coreset4j.scenes;

import java.util.SplittableRandom;

/**
 * A long-tailed distribution over the 24 concepts, the (shape, colour) combinations: a seeded
 * random ranking of the concepts, and the concept of rank r (1-based) drawn with probability
 * proportional to r^-exponent (Zipf), so a few combinations are common and the rest are rare.
 * Concept c is shape {@code c / 8} and colour {@code c % 8} (their ordinals).
 */
final class Concepts {
  static final int COUNT = Shape.values().length * ObjectColor.values().length;

  private final int[] ranked;
  private final double[] probabilities;
  private final double[] cumulative;

  private Concepts(int[] ranked, double[] probabilities) {
    this.ranked = ranked;
    this.probabilities = probabilities;
    this.cumulative = new double[COUNT];
    double sum = 0;
    for (int r = 0; r < COUNT; r++) {
      sum += probabilities[ranked[r]];
      cumulative[r] = sum;
    }
  }

  /** Zipf weights r^-exponent over a ranking drawn from {@code rng} (a Fisher-Yates shuffle). */
  static Concepts zipf(double exponent, SplittableRandom rng) {
    int[] ranked = new int[COUNT];
    for (int c = 0; c < COUNT; c++) {
      ranked[c] = c;
    }
    for (int c = COUNT - 1; c > 0; c--) {
      int j = rng.nextInt(c + 1);
      int t = ranked[c];
      ranked[c] = ranked[j];
      ranked[j] = t;
    }
    double total = 0;
    for (int r = 1; r <= COUNT; r++) {
      total += Math.pow(r, -exponent);
    }
    double[] probabilities = new double[COUNT];
    for (int r = 0; r < COUNT; r++) {
      probabilities[ranked[r]] = Math.pow(r + 1, -exponent) / total;
    }
    return new Concepts(ranked, probabilities);
  }

  /** A concept drawn with one value of {@code rng}. */
  int draw(SplittableRandom rng) {
    double u = rng.nextDouble() * cumulative[COUNT - 1];
    for (int r = 0; r < COUNT - 1; r++) {
      if (u < cumulative[r]) {
        return ranked[r];
      }
    }
    return ranked[COUNT - 1];
  }

  /** The concepts from most to least likely. */
  int[] ranked() {
    return ranked.clone();
  }

  /** The probability of each concept, by concept number. */
  double[] probabilities() {
    return probabilities.clone();
  }

  static int of(Shape shape, ObjectColor color) {
    return shape.ordinal() * ObjectColor.values().length + color.ordinal();
  }

  static Shape shape(int concept) {
    return Shape.values()[concept / ObjectColor.values().length];
  }

  static ObjectColor color(int concept) {
    return ObjectColor.values()[concept % ObjectColor.values().length];
  }
}
