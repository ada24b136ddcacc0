package org.coreset4j.selection;

import org.coreset4j.util.InvalidInputException;

/** Checks the per-sample scores ({@code --scores}) a method needs. */
public final class Scores {
  private Scores() {}

  /** The context's scores, which must exist, have one finite value per sample. */
  public static double[] require(SelectionContext context, int n, String method) {
    double[] s = context.scores();
    if (s == null) {
      throw new InvalidInputException("--scores is required by --method " + method + ": give a .npy of " + n + " floats");
    }
    if (s.length != n) {
      throw new InvalidInputException("--scores has " + s.length + " values but the features have " + n + " rows");
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(s[i])) {
        throw new InvalidInputException("--scores value " + s[i] + " at index " + i + " is not finite");
      }
    }
    return s;
  }
}
