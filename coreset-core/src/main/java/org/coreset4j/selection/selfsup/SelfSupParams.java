package org.coreset4j.selection.selfsup;

import org.coreset4j.params.Param;
import java.util.stream.Stream;
import java.util.List;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.params.MethodOptions;

/**
 * Self-supervised prototype pruning's parameters, defaults in {@link #DEFAULTS}: spherical k-means
 * ({@code --clusters}, {@code --kmeans-iters}) and {@code --keep hard|easy} (keep the samples
 * farthest from, or nearest to, their centroid).
 */
public record SelfSupParams(KMeansParams kmeans, boolean keepHard) {
  private static final Param KEEP = Param.choice("keep", "hard",
      "keep the samples far from their centroid (hard) or near it (easy)", "hard", "easy");
  /** The options {@link #from} reads: k-means's, then {@code --keep}. */
  public static final List<Param> PARAMS = Stream.concat(KMeansParams.PARAMS.stream(), Stream.of(KEEP)).toList();
  public static final SelfSupParams DEFAULTS = from(MethodOptions.empty());

  public static SelfSupParams from(MethodOptions o) {
    return new SelfSupParams(KMeansParams.from(o, Similarity.COSINE), o.choice(KEEP).equals("hard"));
  }
}
