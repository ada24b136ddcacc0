package org.coreset4j.scenes;

import java.util.Locale;
import org.coreset4j.util.InvalidInputException;

/**
 * Web-like noise for generated scenes: the fraction of scenes of each {@link CorruptionKind}
 * (exactly {@code round(fraction * N)} scenes each, disjoint) and the exponent of a long-tailed
 * (Zipf) distribution over the (shape, colour) combinations of objects. All zero ({@link #NONE})
 * gives the clean scenes.
 *
 * @param misaligned fraction of scenes captioned with another scene's caption
 * @param wrongAttribute fraction of captions with one attribute of one object wrong
 * @param nearDuplicates fraction of scenes that re-render a clean scene with jittered objects
 * @param duplicates fraction of scenes that copy a clean scene exactly
 * @param lowQuality fraction of images blurred and overlaid with noise
 * @param longTail Zipf exponent s: the concept of rank r has probability proportional to r^-s;
 *     0 keeps them uniform
 */
public record Corruption(double misaligned, double wrongAttribute, double nearDuplicates,
    double duplicates, double lowQuality, double longTail) {
  public static final double MAX_LONG_TAIL = 10;
  /** Clean scenes. */
  public static final Corruption NONE = new Corruption(0, 0, 0, 0, 0, 0);
  /** The {@code --noisy} preset's values. */
  public static final double NOISY_MISALIGNED = 0.10;
  public static final double NOISY_WRONG_ATTRIBUTE = 0.10;
  public static final double NOISY_NEAR_DUPLICATES = 0.05;
  public static final double NOISY_DUPLICATES = 0.05;
  public static final double NOISY_LOW_QUALITY = 0.05;
  public static final double NOISY_LONG_TAIL = 1.0;
  /**
   * The {@code --noisy} preset: about a third of the pairs corrupted, as in unfiltered web data,
   * and a long tail of rare concepts.
   */
  public static final Corruption NOISY = new Corruption(NOISY_MISALIGNED, NOISY_WRONG_ATTRIBUTE,
      NOISY_NEAR_DUPLICATES, NOISY_DUPLICATES, NOISY_LOW_QUALITY,
      NOISY_LONG_TAIL);

  public Corruption {
    fraction("--misaligned", misaligned);
    fraction("--wrong-attribute", wrongAttribute);
    fraction("--near-duplicates", nearDuplicates);
    fraction("--duplicates", duplicates);
    fraction("--low-quality", lowQuality);
    if (!(longTail >= 0 && longTail <= MAX_LONG_TAIL)) {
      throw new InvalidInputException("--long-tail " + longTail + ": must be in [0, " + MAX_LONG_TAIL + "]");
    }
  }

  private static void fraction(String option, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new InvalidInputException(option + " " + value + ": must be a fraction in [0, 1]");
    }
  }

  /** True when nothing is corrupted and the concepts are uniform. */
  public boolean isClean() {
    return equals(NONE);
  }

  /** The fraction of scenes of a kind (CLEAN: none requested, so 0). */
  public double fraction(CorruptionKind kind) {
    return switch (kind) {
      case CLEAN -> 0;
      case MISALIGNED -> misaligned;
      case WRONG_ATTRIBUTE -> wrongAttribute;
      case NEAR_DUPLICATE -> nearDuplicates;
      case DUPLICATE -> duplicates;
      case LOW_QUALITY -> lowQuality;
    };
  }

  /** The command-line option of a kind, e.g. {@code --wrong-attribute}. */
  public static String option(CorruptionKind kind) {
    return switch (kind) {
      case CLEAN -> "";
      case MISALIGNED -> "--misaligned";
      case WRONG_ATTRIBUTE -> "--wrong-attribute";
      case NEAR_DUPLICATE -> "--near-duplicates";
      case DUPLICATE -> "--duplicates";
      case LOW_QUALITY -> "--low-quality";
    };
  }

  /**
   * The number of scenes of each kind among {@code n}, indexed by {@link CorruptionKind#ordinal()}:
   * {@code round(fraction * n)} per corrupted kind, the rest clean.
   */
  public int[] counts(int n) {
    int[] counts = new int[CorruptionKind.values().length];
    int corrupted = 0;
    StringBuilder named = new StringBuilder();
    for (CorruptionKind kind : CorruptionKind.values()) {
      if (kind != CorruptionKind.CLEAN) {
        counts[kind.ordinal()] = (int) Math.round(fraction(kind) * n);
        corrupted += counts[kind.ordinal()];
        if (counts[kind.ordinal()] > 0) {
          named.append(named.isEmpty() ? "" : ", ").append(option(kind)).append(' ')
              .append(String.format(Locale.ROOT, "%s", fraction(kind)));
        }
      }
    }
    if (corrupted > n) {
      throw new InvalidInputException(named + ": together " + corrupted + " of " + n
          + " scenes; each scene takes at most one corruption, so they may add up to at most 1");
    }
    boolean needsSource = counts[CorruptionKind.MISALIGNED.ordinal()] + counts[CorruptionKind.NEAR_DUPLICATE.ordinal()]
        + counts[CorruptionKind.DUPLICATE.ordinal()] > 0;
    if (needsSource && corrupted == n) {
      throw new InvalidInputException(named + ": leave no clean scene of " + n
          + " to take captions or duplicates from; lower them");
    }
    counts[CorruptionKind.CLEAN.ordinal()] = n - corrupted;
    return counts;
  }
}
