package org.coreset4j.selection.coincide;

import java.util.Locale;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.params.MethodOptions;

/**
 * COINCIDE's parameters, defaults in {@link #DEFAULTS}: spherical k-means ({@code --clusters},
 * {@code --kmeans-iters}), {@code --temperature 0.1} (tau of the cluster allocation),
 * {@code --sigma 1} (bandwidth of the Gaussian kernel of density and MMD), {@code
 * --transfer-exclude 0.9} (centroid pairs more similar than this are left out of transferability)
 * and {@code --intra mmd|random|centroid} (how samples are picked inside a cluster).
 */
public record CoincideParams(KMeansParams kmeans, double temperature, double sigma, double transferExclude,
    Intra intra) {
  /** How samples are picked inside a cluster. */
  public enum Intra { MMD, RANDOM, CENTROID }

  public static final CoincideParams DEFAULTS =
      new CoincideParams(KMeansParams.DEFAULTS, 0.1, 1.0, 0.9, Intra.MMD);

  public CoincideParams {
    MethodOptions.require(temperature > 0, "temperature", temperature, "must be positive");
    MethodOptions.require(sigma > 0, "sigma", sigma, "must be positive");
    MethodOptions.require(transferExclude >= -1 && transferExclude <= 1, "transfer-exclude", transferExclude,
        "must be in [-1, 1]");
  }

  public static CoincideParams from(MethodOptions o) {
    return new CoincideParams(
        KMeansParams.from(o, KMeansParams.Metric.SPHERICAL),
        o.number("temperature", DEFAULTS.temperature),
        o.number("sigma", DEFAULTS.sigma),
        o.number("transfer-exclude", DEFAULTS.transferExclude),
        Intra.valueOf(o.choice("intra", DEFAULTS.intra.name().toLowerCase(Locale.ROOT), "mmd", "random", "centroid")
            .toUpperCase(Locale.ROOT)));
  }
}
