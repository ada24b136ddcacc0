package org.coreset4j.selection.coincide;

import org.coreset4j.params.Param;
import java.util.stream.Stream;
import java.util.List;
import org.coreset4j.kernels.Similarity;
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

  private static final Param TEMPERATURE = Param.number("temperature", 0.1, "> 0", "temperature of the cluster allocation");
  private static final Param SIGMA =
      Param.number("sigma", 1.0, "> 0", "bandwidth of the Gaussian kernel of density and MMD");
  private static final Param TRANSFER_EXCLUDE = Param.number("transfer-exclude", 0.9, "in [-1, 1]",
      "centroid pairs with a cosine above this are left out of transferability");
  private static final Param INTRA =
      Param.choice("intra", Intra.MMD, "how samples are picked inside a cluster", "mmd", "random", "centroid");
  /** The options {@link #from} reads: k-means's, then COINCIDE's own. */
  public static final List<Param> PARAMS = Stream.concat(KMeansParams.PARAMS.stream(),
      Stream.of(TEMPERATURE, SIGMA, TRANSFER_EXCLUDE, INTRA)).toList();
  public static final CoincideParams DEFAULTS = from(MethodOptions.empty());

  public CoincideParams {
    MethodOptions.require(temperature > 0, "temperature", temperature, "must be positive");
    MethodOptions.require(sigma > 0, "sigma", sigma, "must be positive");
    MethodOptions.require(transferExclude >= -1 && transferExclude <= 1, "transfer-exclude", transferExclude,
        "must be in [-1, 1]");
  }

  public static CoincideParams from(MethodOptions o) {
    return new CoincideParams(
        KMeansParams.from(o, Similarity.COSINE),
        o.number(TEMPERATURE), o.number(SIGMA), o.number(TRANSFER_EXCLUDE),
        Intra.valueOf(o.choice(INTRA).toUpperCase(Locale.ROOT)));
  }
}
