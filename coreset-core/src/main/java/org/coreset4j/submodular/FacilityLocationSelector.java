package org.coreset4j.submodular;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.submodular.objectives.FacilityLocation;
import org.coreset4j.submodular.objectives.Objective;

/** {@code --method facility-location}: greedy facility location (see {@link FacilityLocation}). */
public final class FacilityLocationSelector extends SubmodularSelector {
  public FacilityLocationSelector(MethodOptions options) {
    super(SubmodularParams.from(options, true));
  }

  @Override
  public String name() {
    return "facility-location";
  }

  @Override
  protected Objective objective(FloatMatrix features, int k, SelectionContext context) {
    return new FacilityLocation(graph(features, context));
  }
}
