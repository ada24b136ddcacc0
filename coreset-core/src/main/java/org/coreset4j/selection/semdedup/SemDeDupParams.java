package org.coreset4j.selection.semdedup;

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

  public static final SemDeDupParams DEFAULTS = new SemDeDupParams(KMeansParams.DEFAULTS, null, Keep.HARD);

  public SemDeDupParams {
    MethodOptions.require(eps == null || (eps > 0 && eps < 1), "eps", eps, "must be in (0, 1)");
  }

  public static SemDeDupParams from(MethodOptions o) {
    return new SemDeDupParams(
        KMeansParams.from(o, KMeansParams.Metric.SPHERICAL),
        o.has("eps") ? Double.valueOf(o.number("eps", 0)) : DEFAULTS.eps,
        Keep.valueOf(o.choice("keep", "hard", "hard", "easy", "random").toUpperCase(Locale.ROOT)));
  }
}
