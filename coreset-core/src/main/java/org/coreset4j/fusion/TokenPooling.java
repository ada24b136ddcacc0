package org.coreset4j.fusion;

import org.coreset4j.util.InvalidInputException;

/**
 * How the middle axis of an (N, T, D) input becomes one vector per sample (ALGORITHMS.md,
 * "Multimodal features"). An (N, D) input is a single token under every mode.
 */
public enum TokenPooling {
  /** Mean over tokens: D values. */
  MEAN,
  /** Sum over tokens: D values. */
  SUM,
  /** All tokens flattened token-major: T * D values. */
  CONCAT,
  /** The first (CLS or global) token: D values. */
  FIRST,
  /** COINCIDE: each of the T layers becomes l2(tanh(layer)), concatenated: T * D values. */
  COINCIDE;

  public static TokenPooling parse(String s) {
    return switch (s) {
      case "mean" -> MEAN;
      case "sum" -> SUM;
      case "concat" -> CONCAT;
      case "first" -> FIRST;
      case "coincide" -> COINCIDE;
      default -> throw new InvalidInputException("--tokens " + s + " is not one of mean|sum|concat|first|coincide");
    };
  }

  /** Output width for an input of t tokens of d values. */
  public int width(int t, int d) {
    return this == CONCAT || this == COINCIDE ? t * d : d;
  }

  /** Pools one row of t * d token-major values into {@code out} at {@code offset}. */
  public void pool(float[] row, int rowOffset, int t, int d, float[] out, int offset) {
    switch (this) {
      case FIRST -> System.arraycopy(row, rowOffset, out, offset, d);
      case CONCAT -> System.arraycopy(row, rowOffset, out, offset, t * d);
      case MEAN, SUM -> {
        for (int j = 0; j < d; j++) {
          double s = 0;
          for (int k = 0; k < t; k++) {
            s += row[rowOffset + k * d + j];
          }
          out[offset + j] = (float) (this == MEAN ? s / t : s);
        }
      }
      case COINCIDE -> {
        for (int k = 0; k < t; k++) {
          double ss = 0;
          for (int j = 0; j < d; j++) {
            double v = Math.tanh(row[rowOffset + k * d + j]);
            ss += v * v;
          }
          double inv = ss > 0 ? 1 / Math.sqrt(ss) : 0;
          for (int j = 0; j < d; j++) {
            out[offset + k * d + j] = (float) (Math.tanh(row[rowOffset + k * d + j]) * inv);
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
