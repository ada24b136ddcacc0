package org.coreset4j.selection.kcenter;

import org.coreset4j.params.Param;
import java.util.Locale;
import java.util.List;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.params.MethodOptions;

/**
 * Options of k-center greedy: {@code --similarity sqeuclidean|cosine} (also {@code --metric}), {@code --first I} (the first
 * center; null = an index drawn from the seed) and {@code --compact none|bf16} (run on a bfloat16
 * copy of the features: half the memory traffic, distances to about 3 significant digits).
 */
public record KCenterParams(Similarity similarity, Integer first, Compact compact) {
  /** The storage the passes read. */
  public enum Compact {
    NONE,
    BF16
  }

  private static final Param SIMILARITY = Param.choice("similarity", Similarity.SQEUCLIDEAN,
      "distance to a center: ||x - y||^2 or 1 - cos", "sqeuclidean", "cosine").alsoNamed("metric");
  private static final Param FIRST = Param.integer("first", null, ">= 0, < N", "index of the first center")
      .derivedDefault("drawn from the seed");
  private static final Param COMPACT = Param.choice("compact", Compact.NONE,
      "bf16 scans a bfloat16 copy (half the memory traffic)", "none", "bf16");
  /** The options {@link #from} reads. */
  public static final List<Param> PARAMS = List.of(SIMILARITY, FIRST, COMPACT);
  public static final KCenterParams DEFAULTS = from(MethodOptions.empty());

  public KCenterParams {
    MethodOptions.require(first == null || first >= 0, "first", first, "must be a sample index >= 0");
  }

  public static KCenterParams from(MethodOptions o) {
    Integer first = o.has(FIRST.name()) ? Integer.valueOf(o.integer(FIRST.name(), 0)) : null;
    return new KCenterParams(Similarity.parse(o.choice(SIMILARITY)), first,
        Compact.valueOf(o.choice(COMPACT).toUpperCase(Locale.ROOT)));
  }
}
