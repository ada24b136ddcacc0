package org.coreset4j.selection.semdedup;

import java.util.List;
import java.util.stream.Stream;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method semdedup}: SemDeDup, a baseline of seed 003. */
public final class SemDeDupMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("semdedup",
      "semantic deduplication: drop near-duplicates inside spherical k-means clusters",
      "Abbas et al. 2023, SemDeDup (baseline of seed 003)", Stream.concat(KMeansParams.PARAMS.stream(), Stream.of(
          Param.number("eps", null, "in (0, 1)", "cosine distance below which two samples are duplicates")
              .derivedDefault("chosen to hit the budget"),
          Param.choice("keep", "hard", "which end of each cluster survives: far from the centroid, near it, or random",
              "hard", "easy", "random")))
          .toList())
      .distributed(Distribution.CLUSTERED);

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new SemDeDupSelector(SemDeDupParams.from(options));
  }
}
