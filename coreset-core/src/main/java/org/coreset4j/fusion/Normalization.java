package org.coreset4j.fusion;

import org.coreset4j.util.InvalidInputException;

/** Per-modality normalisation applied after token pooling and before fusion. */
public enum Normalization {
  NONE,
  /** Each row scaled to unit L2 norm; all-zero rows stay zero. */
  L2,
  /** Each column z-scored with its mean and population standard deviation (constant columns: centred only). */
  STANDARD;

  public static Normalization parse(String s) {
    return switch (s) {
      case "none" -> NONE;
      case "l2" -> L2;
      case "standard" -> STANDARD;
      default -> throw new InvalidInputException("--normalize " + s + " is not one of none|l2|standard");
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
