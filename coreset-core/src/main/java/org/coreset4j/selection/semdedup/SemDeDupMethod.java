package org.coreset4j.selection.semdedup;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method semdedup}: SemDeDup, a baseline of seed 003. */
public final class SemDeDupMethod extends SelectionMethod {
  public SemDeDupMethod() {
    super(MethodDescriptor.of("semdedup",
        "semantic deduplication: drop near-duplicates inside spherical k-means clusters",
        "Abbas et al. 2023, SemDeDup (baseline of seed 003)", SemDeDupParams.PARAMS)
        .distributed(Distribution.CLUSTERED),
        options -> new SemDeDupSelector(SemDeDupParams.from(options)));
  }
}
