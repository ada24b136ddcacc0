package org.coreset4j.selection.dq;

/** Maxima of one pass over the bounds: the best lower bound and the two best upper bounds. */
final class Scan {
  double bestLower = Double.NEGATIVE_INFINITY;
  int best = -1;
  double topUpper = Double.NEGATIVE_INFINITY;
  int top = -1;
  double secondUpper = Double.NEGATIVE_INFINITY;
  /** The largest |gain| + error seen, where the pass tracks it (else 0). */
  double largest;

  /** Position p (visited in ascending order) has a gain in [lower, upper]. */
  void add(int p, double lower, double upper) {
    if (lower > bestLower) {
      bestLower = lower;
      best = p;
    }
    if (upper > topUpper) {
      secondUpper = topUpper;
      topUpper = upper;
      top = p;
    } else if (upper > secondUpper) {
      secondUpper = upper;
    }
  }

  /** Folds in the scan of later positions. */
  void merge(Scan later) {
    largest = Math.max(largest, later.largest);
    if (later.bestLower > bestLower) {
      bestLower = later.bestLower;
      best = later.best;
    }
    if (later.topUpper > topUpper) {
      secondUpper = Math.max(topUpper, later.secondUpper);
      topUpper = later.topUpper;
      top = later.top;
    } else {
      secondUpper = Math.max(secondUpper, later.topUpper);
    }
  }

  /** The best upper bound among the positions other than {@link #best}. */
  double otherUpper() {
    return top == best ? secondUpper : topUpper;
  }

  static Scan merged(Scan[] parts) {
    Scan all = new Scan();
    for (Scan s : parts) {
      all.merge(s);
    }
    return all;
  }
}
