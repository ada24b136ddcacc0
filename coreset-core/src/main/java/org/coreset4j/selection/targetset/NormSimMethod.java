package org.coreset4j.selection.targetset;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/** {@code --method normsim}: the samples most similar to a target set. */
public final class NormSimMethod extends SelectionMethod {
  public NormSimMethod() {
    super(MethodDescriptor.of("normsim",
        "keep the samples whose embeddings align best with a target set: the p-norm of their cosines to its rows",
        "Wang et al., NeurIPS 2024, arXiv 2405.19547 (NormSim)", NormSimParams.PARAMS)
        .needs(SideInput.TARGET).distributed(Distribution.SCORE),
        options -> new NormSimSelector(NormSimParams.from(options)));
  }
}
