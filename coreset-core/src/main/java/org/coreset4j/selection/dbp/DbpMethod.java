package org.coreset4j.selection.dbp;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method dbp}: density-based pruning. */
public final class DbpMethod extends SelectionMethod {
  public DbpMethod() {
    super(MethodDescriptor.of("dbp",
        "density-based pruning: softmax(cluster complexity / tau) quotas, farthest-from-centroid samples kept",
        "Abbas et al. 2024, Effective pruning of web-scale datasets (arXiv 2401.04578)", DbpParams.PARAMS)
        .distributed(Distribution.CLUSTERED),
        options -> new DbpSelector(DbpParams.from(options)));
  }
}
