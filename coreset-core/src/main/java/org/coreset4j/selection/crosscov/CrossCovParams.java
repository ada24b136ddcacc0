package org.coreset4j.selection.crosscov;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.ModalityPair;

/**
 * Options of cross-covariance herding: {@code --pair A,B} (required), the modalities u and v, and
 * {@code --center no|yes}: yes subtracts each modality's mean first, so the target is the
 * cross-covariance rather than the second moment (1/N) sum_i u_i v_i^T.
 */
public record CrossCovParams(ModalityPair pair, boolean center) {
  private static final Param CENTER = Param.choice("center", "no",
      "yes subtracts each modality's mean: the cross-covariance instead of the second moment", "no", "yes");
  /** The options {@link #from} reads. */
  public static final List<Param> PARAMS = List.of(ModalityPair.PARAM, CENTER);

  public static CrossCovParams from(MethodOptions o) {
    return new CrossCovParams(ModalityPair.from(o, "crosscov"), o.choice(CENTER).equals("yes"));
  }
}
