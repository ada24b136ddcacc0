package org.coreset4j.selection.crosscov;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/** {@code --method crosscov}: herding on the cross-covariance of two modalities. */
public final class CrossCovMethod extends SelectionMethod {
  public CrossCovMethod() {
    super(MethodDescriptor.of("crosscov",
        "cross-covariance herding: keep the picks' mean of u v^T between two modalities close to the full data's",
        "Joshi et al., AISTATS 2024, arXiv 2403.12267 (ClipCov)", CrossCovParams.PARAMS)
        .needs(SideInput.MODALITIES).distributed(Distribution.TWO_ROUND),
        options -> new CrossCovSelector(CrossCovParams.from(options)));
  }
}
