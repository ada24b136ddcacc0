package org.coreset4j.selection.semdedup;

import org.coreset4j.params.Param;
import java.util.stream.Stream;
import java.util.List;
import org.coreset4j.kernels.Similarity;
import java.util.Locale;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.params.MethodOptions;

/**
 * SemDeDup's parameters, defaults in {@link #DEFAULTS}: spherical k-means ({@code --clusters},
 * {@code --kmeans-iters}), {@code --eps E} in (0, 1) (absent: chosen to hit the budget) and
 * {@code --keep hard|easy|random} (which end of each cluster is walked first and so survives).
 *
 * @param eps the fixed eps, or null to derive it from the budget
 */
public record SemDeDupParams(KMeansParams kmeans, Double eps, Keep keep) {
  /** The order in which each cluster is walked: farthest from the centroid first, nearest first, or random. */
  public enum Keep { HARD, EASY, RANDOM }

  private static final Param EPS = Param.number("eps", null, "in (0, 1)",
      "cosine distance below which two samples are duplicates").derivedDefault("chosen to hit the budget");
  private static final Param KEEP = Param.choice("keep", Keep.HARD,
      "which end of each cluster survives: far from the centroid, near it, or random", "hard", "easy", "random");
  /** The options {@link #from} reads: k-means's, then SemDeDup's own. */
  public static final List<Param> PARAMS =
      Stream.concat(KMeansParams.PARAMS.stream(), Stream.of(EPS, KEEP)).toList();
  public static final SemDeDupParams DEFAULTS = from(MethodOptions.empty());

  public SemDeDupParams {
    MethodOptions.require(eps == null || (eps > 0 && eps < 1), "eps", eps, "must be in (0, 1)");
  }

  public static SemDeDupParams from(MethodOptions o) {
    return new SemDeDupParams(
        KMeansParams.from(o, Similarity.COSINE),
        o.has(EPS.name()) ? Double.valueOf(o.number(EPS.name(), 0)) : null,
        Keep.valueOf(o.choice(KEEP).toUpperCase(Locale.ROOT)));
  }
}
