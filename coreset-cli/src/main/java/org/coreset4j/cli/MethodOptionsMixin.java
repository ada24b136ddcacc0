package org.coreset4j.cli;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coreset4j.params.MethodOptions;
import picocli.CommandLine.Option;

/**
 * The method-specific options of CLI.md. Each is passed by name to the chosen method, whose
 * parameter record parses and validates it and holds its default; options a method does not use
 * are ignored.
 */
public final class MethodOptionsMixin {
  @Option(names = "--bins", description = "dq: number of bins (default 20).") String bins;
  @Option(names = "--kernel", description = "dq: sqeuclidean|cosine (default sqeuclidean).") String kernel;
  @Option(names = "--lambda", description = "dq: weight of the pool term (default 1).") String lambda;
  @Option(names = "--metric", description = "kcenter: sqeuclidean|cosine.") String metric;
  @Option(names = "--first", description = "kcenter: index of the first center (default: seeded).") String first;
  @Option(names = "--clusters", description = "coincide, semdedup, selfsup: number of k-means clusters.") String clusters;
  @Option(names = "--kmeans-iters", description = "k-means based methods: iterations (default 50).") String kmeansIters;
  @Option(names = "--temperature", description = "coincide: allocation temperature (default 0.1).") String temperature;
  @Option(names = "--sigma", description = "coincide: Gaussian density bandwidth (default 1).") String sigma;
  @Option(names = "--transfer-exclude", description = "coincide: cosine above which centroids are excluded (default 0.9).") String transferExclude;
  @Option(names = "--intra", description = "coincide: mmd|random|centroid (default mmd).") String intra;
  @Option(names = "--eps", description = "semdedup: duplicate threshold in (0, 1).") String eps;
  @Option(names = "--keep", description = "semdedup: hard|easy|random; selfsup: hard|easy.") String keep;
  @Option(names = "--neighbors", description = "d2, sparse similarities: neighbours per sample.") String neighbors;
  @Option(names = "--gamma-forward", description = "d2: forward message weight (default 1).") String gammaForward;
  @Option(names = "--gamma-reverse", description = "d2: reverse message weight (default 0.4).") String gammaReverse;
  @Option(names = "--window", description = "score: top|middle|bottom.") String window;
  @Option(names = "--pair", description = "clipscore: the two modalities A,B.") String pair;
  @Option(names = "--optimizer", description = "facility-location, graphcut, logdet: naive|lazy|stochastic.") String optimizer;
  @Option(names = "--similarity", description = "facility-location, graphcut, logdet: cosine|cosine2|corr2|euclidean.") String similarity;
  @Option(names = "--beta", description = "ccs: fraction of the hardest samples dropped.") String beta;
  @Option(names = "--strata", description = "ccs: number of score strata.") String strata;
  @Option(names = "--compact", description = "kcenter: bf16 to scan a bfloat16 copy of the features.") String compact;

  /** The given options by their name without dashes. */
  public MethodOptions toOptions() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Field f : getClass().getDeclaredFields()) {
      Option o = f.getAnnotation(Option.class);
      if (o == null) {
        continue;
      }
      try {
        Object v = f.get(this);
        if (v != null) {
          m.put(o.names()[0].substring(2), v.toString());
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return new MethodOptions(m);
  }
}
