package org.coreset4j.selection.coincide;

import java.util.List;
import java.util.stream.Stream;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;

/** {@code --method coincide}: COINCIDE (seed 003). */
public final class CoincideMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("coincide",
      "spherical k-means, transferability/density cluster allocation, greedy MMD inside clusters",
      "Lee et al. 2024, COINCIDE (seed 003)", Stream.concat(KMeansParams.PARAMS.stream(), Stream.of(
          Param.number("temperature", CoincideParams.DEFAULTS.temperature(), "> 0", "temperature of the cluster allocation"),
          Param.number("sigma", CoincideParams.DEFAULTS.sigma(), "> 0", "bandwidth of the Gaussian kernel of density and MMD"),
          Param.number("transfer-exclude", CoincideParams.DEFAULTS.transferExclude(), "in [-1, 1]",
              "centroid pairs with a cosine above this are left out of transferability"),
          Param.choice("intra", "mmd", "how samples are picked inside a cluster", "mmd", "random", "centroid")))
          .toList())
      .distributed(Distribution.CLUSTERED);

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new CoincideSelector(CoincideParams.from(options));
  }
}
