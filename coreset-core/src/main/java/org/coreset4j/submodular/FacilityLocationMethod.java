package org.coreset4j.submodular;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;

/** {@code --method facility-location}: submodular facility-location (apricot's objectives and optimisers). */
public final class FacilityLocationMethod extends SelectionMethod {
  public FacilityLocationMethod() {
    super(MethodDescriptor.of("facility-location",
        "facility location: every sample close to a pick, greedily maximised", "apricot (Schreiber et al. 2020)", SubmodularParams.GRAPH_PARAMS).distributed(Distribution.TWO_ROUND),
        options -> new FacilityLocationSelector(options));
  }
}
