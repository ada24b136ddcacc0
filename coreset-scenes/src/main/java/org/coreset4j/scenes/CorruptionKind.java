package org.coreset4j.scenes;

import java.util.Locale;

/**
 * What was done to a generated scene; {@link #code()} is its value in the ground-truth file.
 * Corrupted samples are disjoint: a scene has at most one kind.
 */
public enum CorruptionKind {
  /** The scene as generated. */
  CLEAN(0),
  /** The caption of another (clean) scene. */
  MISALIGNED(1),
  /** The true caption with one attribute (size, colour, material or shape) of one object wrong. */
  WRONG_ATTRIBUTE(2),
  /** A clean scene's objects moved and turned a little, re-rendered, with its relations re-stated. */
  NEAR_DUPLICATE(3),
  /** A clean scene's image, mask, depth, labels, objects and caption, copied. */
  DUPLICATE(4),
  /** The image blurred and overlaid with noise; mask, depth and caption stay true. */
  LOW_QUALITY(5);

  private final int code;

  CorruptionKind(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The kind of a code. */
  public static CorruptionKind of(int code) {
    for (CorruptionKind kind : values()) {
      if (kind.code == code) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no corruption kind " + code);
  }

  /** The name in the ground truth's metadata, e.g. {@code wrong_attribute}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when the kind copies from a source scene (whose index the ground truth records). */
  public boolean hasSource() {
    return this == MISALIGNED || this == NEAR_DUPLICATE || this == DUPLICATE;
  }
}
