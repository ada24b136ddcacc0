package org.coreset4j.fusion;

import org.coreset4j.util.InvalidInputException;

/** How the per-modality vectors of one sample are combined. */
public enum FuseMode {
  /** Side by side, in the order the modalities were given. */
  CONCAT,
  /** Element-wise mean; needs equal widths. */
  MEAN,
  /** Element-wise sum; needs equal widths. */
  SUM;

  public static FuseMode parse(String s) {
    return switch (s) {
      case "concat" -> CONCAT;
      case "mean" -> MEAN;
      case "sum" -> SUM;
      default -> throw new InvalidInputException("--fuse " + s + " is not one of concat|mean|sum");
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
