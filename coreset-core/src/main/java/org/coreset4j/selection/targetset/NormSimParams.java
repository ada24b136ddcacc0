package org.coreset4j.selection.targetset;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;

/**
 * Options of NormSim: {@code --p 2|inf}, the norm taken over a sample's absolute cosines to the target
 * rows. p = 2 (the default) rewards samples aligned with the target's principal directions; p = inf
 * rewards samples close to any one target row.
 *
 * @param infinity true for p = inf, false for p = 2
 */
public record NormSimParams(boolean infinity) {
  private static final Param P = Param.choice("p", "2",
      "the norm over the absolute cosines to the target rows: 2 (root of the sum of squares) or inf (the largest)", "2", "inf");
  /** The options {@link #from} reads. */
  public static final List<Param> PARAMS = List.of(P);

  public static NormSimParams from(MethodOptions o) {
    return new NormSimParams(o.choice(P).equals("inf"));
  }
}
