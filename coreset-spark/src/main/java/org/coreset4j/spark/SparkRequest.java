package org.coreset4j.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.Normalization;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;

/**
 * One distributed selection: the id column and the vector columns (one per modality) of the input,
 * the feature pipeline ({@code --normalize none|l2}, {@code --fuse}), the method with its options,
 * the budget and the seed. {@code poolFactor} (default {@link #DEFAULT_POOL_FACTOR}) sizes the
 * first round of dq and kcenter (see {@link TwoRound}).
 */
public record SparkRequest(String idColumn, List<String> columns, Normalization normalize, FuseMode fuse,
    MethodSpec method, Budget budget, long seed, double poolFactor) {
  public static final double DEFAULT_POOL_FACTOR = 2.0;

  public SparkRequest {
    columns = List.copyOf(columns);
    MethodOptions.require(poolFactor >= 1, "pool-factor", poolFactor, "must be at least 1");
  }

  /** A request with the command line's defaults: no normalisation, concat, pool factor 2. */
  public static SparkRequest of(String idColumn, List<String> columns, String method, MethodOptions options,
      Budget budget, long seed) {
    return new SparkRequest(idColumn, columns, Normalization.NONE, FuseMode.CONCAT, MethodSpec.of(method, options),
        budget, seed, DEFAULT_POOL_FACTOR);
  }

  /** The options as given, for the manifest. */
  public Map<String, Object> describe() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id_column", idColumn);
    o.put("columns", columns);
    o.put("normalize", normalize.toString());
    o.put("fuse", fuse.toString());
    o.put("method", method.method());
    o.put("method_options", method.asMap());
    if (budget.fraction() != null) {
      o.put("fraction", budget.fraction());
    } else {
      o.put("size", budget.size());
    }
    o.put("seed", seed);
    o.put("pool_factor", poolFactor);
    return o;
  }
}
