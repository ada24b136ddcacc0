package org.coreset4j.selection.kcenter;

import org.coreset4j.params.MethodOptions;

/**
 * Options of k-center greedy: {@code --similarity sqeuclidean|cosine} (also {@code --metric}), {@code --first I} (the first
 * center; null = an index drawn from the seed) and {@code --compact none|bf16} (run on a bfloat16
 * copy of the features: half the memory traffic, distances to about 3 significant digits).
 */
public record KCenterParams(Metric metric, Integer first, Compact compact) {
  /** The distance from a sample to a center. */
  public enum Metric {
    /** ||x - y||^2. */
    SQEUCLIDEAN,
    /** 1 - cos(x, y). */
    COSINE
  }

  /** The storage the passes read. */
  public enum Compact {
    NONE,
    BF16
  }

  public static final KCenterParams DEFAULTS = new KCenterParams(Metric.SQEUCLIDEAN, null, Compact.NONE);

  public KCenterParams {
    MethodOptions.require(first == null || first >= 0, "first", first, "must be a sample index >= 0");
  }

  public static KCenterParams from(MethodOptions o) {
    Metric metric = Metric.valueOf(o.choice("similarity", lower(DEFAULTS.metric()), "sqeuclidean", "cosine").toUpperCase());
    Integer first = o.has("first") ? Integer.valueOf(o.integer("first", 0)) : DEFAULTS.first();
    Compact compact = Compact.valueOf(o.choice("compact", lower(DEFAULTS.compact()), "none", "bf16").toUpperCase());
    return new KCenterParams(metric, first, compact);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase();
  }
}
