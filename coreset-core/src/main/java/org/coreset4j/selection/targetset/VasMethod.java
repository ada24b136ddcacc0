package org.coreset4j.selection.targetset;

import java.util.List;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/** {@code --method vas}: the samples that carry most of the target's (or the data's) variance. */
public final class VasMethod extends SelectionMethod {
  public VasMethod() {
    super(MethodDescriptor.of("vas",
        "variance alignment: keep the samples with the largest x^T Sigma x, Sigma the second moment of"
            + " the target set (--target) or else of the data itself",
        "Wang, Chen and Du 2024, arXiv 2402.02055 (VAS)", List.of())
        .readsIfGiven(SideInput.TARGET).distributed(Distribution.SCORE),
        options -> new VasSelector());
  }
}
