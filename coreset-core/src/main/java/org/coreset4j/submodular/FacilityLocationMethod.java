package org.coreset4j.submodular;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method facility-location}: submodular facility-location (apricot's objectives and optimisers). */
public final class FacilityLocationMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("facility-location",
      "facility location: every sample close to a pick, greedily maximised", "apricot (Schreiber et al. 2020)", SubmodularParams.params(true));

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new FacilityLocationSelector(options);
  }
}
