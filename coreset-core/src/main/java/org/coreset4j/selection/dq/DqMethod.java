package org.coreset4j.selection.dq;

import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method dq}: Dataset Quantization (seeds 000/001). */
public final class DqMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("dq",
      "Dataset Quantization: greedy graph-cut bins, then a uniform draw from every bin",
      "Zhou et al. 2023, multimodal as in seed 000", DatasetQuantization.Params.PARAMS)
      .distributed(Distribution.TWO_ROUND);

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new DatasetQuantization(DatasetQuantization.Params.from(options));
  }
}
