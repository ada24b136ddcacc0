package org.coreset4j.selection.dq;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method dq}: Dataset Quantization (seeds 000/001). */
public final class DqMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("dq",
      "Dataset Quantization: greedy graph-cut bins, then a uniform draw from every bin",
      "Zhou et al. 2023, multimodal as in seed 000", List.of(
          Param.integer("bins", DatasetQuantization.Params.DEFAULT_BINS, ">= 1, <= N", "number of bins"),
          Param.choice("similarity", DatasetQuantization.Params.DEFAULT_KERNEL,
              "sim of the gain: -||p - x||^2 or 0.5 + 0.5 cos", "sqeuclidean", "cosine").alsoNamed("kernel"),
          Param.number("lambda", DatasetQuantization.Params.DEFAULT_LAMBDA, "finite",
              "weight of the pool term of the gain")))
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
