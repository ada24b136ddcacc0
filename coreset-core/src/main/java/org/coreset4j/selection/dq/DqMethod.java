package org.coreset4j.selection.dq;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/** {@code --method dq}: Dataset Quantization (seeds 000/001). */
public final class DqMethod extends SelectionMethod {
  public DqMethod() {
    super(MethodDescriptor.of("dq",
        "Dataset Quantization: greedy graph-cut bins, then a uniform draw from every bin",
        "Zhou et al. 2023, multimodal as in seed 000", DatasetQuantization.Params.PARAMS)
        .distributed(Distribution.TWO_ROUND).readsIfGiven(SideInput.MODALITIES),
        options -> new DatasetQuantization(DatasetQuantization.Params.from(options)));
  }
}
