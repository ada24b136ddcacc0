package org.coreset4j.selection.selfsup;

import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.params.MethodOptions;

/**
 * Self-supervised prototype pruning's parameters, defaults in {@link #DEFAULTS}: spherical k-means
 * ({@code --clusters}, {@code --kmeans-iters}) and {@code --keep hard|easy} (keep the samples
 * farthest from, or nearest to, their centroid).
 */
public record SelfSupParams(KMeansParams kmeans, boolean keepHard) {
  public static final SelfSupParams DEFAULTS = new SelfSupParams(KMeansParams.DEFAULTS, true);

  public static SelfSupParams from(MethodOptions o) {
    return new SelfSupParams(KMeansParams.from(o, KMeansParams.Metric.SPHERICAL),
        o.choice("keep", "hard", "hard", "easy").equals("hard"));
  }
}
