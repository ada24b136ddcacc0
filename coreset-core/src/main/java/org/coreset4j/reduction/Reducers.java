package org.coreset4j.reduction;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;

/** Parses {@code --reduce none|pca:D|umap:D|random:D}. */
public final class Reducers {
  private static final String ALLOWED = "none, pca:D, umap:D or random:D with D a positive integer";

  private Reducers() {}

  /** The reducer for {@code spec}, or null for {@code none}. */
  public static Reducer parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new InvalidInputException("--reduce is empty; allowed: " + ALLOWED);
    }
    String s = spec.trim();
    if (s.equals("none")) {
      return null;
    }
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new InvalidInputException("--reduce " + spec + " is not " + ALLOWED);
    }
    int dims;
    try {
      dims = Integer.parseInt(s.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--reduce " + spec + " is not " + ALLOWED);
    }
    if (dims < 1) {
      throw new InvalidInputException("--reduce " + spec + " is not " + ALLOWED);
    }
    return switch (s.substring(0, colon)) {
      case "pca" -> new Pca(dims);
      case "umap" -> new Umap(dims);
      case "random" -> new RandomProjection(dims);
      default -> throw new InvalidInputException("--reduce " + spec + " is not " + ALLOWED);
    };
  }

  /** Checks 1 <= target <= D for the input {@code x}. */
  static void requireDimensions(String spec, int target, FloatMatrix x) {
    if (target < 1 || target > x.cols()) {
      throw new InvalidInputException("--reduce " + spec + " asks for " + target
          + " dimensions but the input has " + x.cols() + " (allowed: 1 to " + x.cols() + ")");
    }
  }
}
