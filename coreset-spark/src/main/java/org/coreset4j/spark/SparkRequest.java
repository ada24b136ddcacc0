package org.coreset4j.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.CoresetRequest;
import org.coreset4j.selection.Selectors;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.Normalization;
import org.coreset4j.fusion.TokenPooling;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;

/**
 * One distributed selection: the id column and the vector columns (one per modality) of the input,
 * the feature pipeline ({@code --tokens}, {@code --normalize}, {@code --fuse}, {@code --reduce}),
 * the method with its options, the budget and the seed. {@code poolFactor} (default
 * {@link #DEFAULT_POOL_FACTOR}) sizes the first round of the two-round methods (see
 * {@link TwoRound}); {@code target} is the {@code --target} file on the driver (null: none);
 * {@code scoresColumn} and {@code eventsColumn} name the input's columns of per-sample scores and
 * events (null: none).
 */
public record SparkRequest(String idColumn, List<String> columns, Normalization normalize, FuseMode fuse,
    MethodSpec method, Budget budget, long seed, double poolFactor, CoresetRequest.InputRef target,
    TokenPooling tokens, String scoresColumn, String eventsColumn, String reduce) {
  public static final double DEFAULT_POOL_FACTOR = 2.0;

  public SparkRequest {
    columns = List.copyOf(columns);
    MethodOptions.require(poolFactor >= 1, "pool-factor", poolFactor, "must be at least 1");
  }

  /** A request without a target or side columns: tokens mean, no reduction. */
  public SparkRequest(String idColumn, List<String> columns, Normalization normalize, FuseMode fuse,
      MethodSpec method, Budget budget, long seed, double poolFactor) {
    this(idColumn, columns, normalize, fuse, method, budget, seed, poolFactor, null, TokenPooling.MEAN, null, null,
        "none");
  }

  /** This request with {@code --target PATH[:KEY]} ({@code null}: none). */
  public SparkRequest withTarget(CoresetRequest.InputRef t) {
    return new SparkRequest(idColumn, columns, normalize, fuse, method, budget, seed, poolFactor, t, tokens,
        scoresColumn, eventsColumn, reduce);
  }

  /** This request with the columns of {@code --scores} and {@code --events} (null: none). */
  public SparkRequest withSideColumns(String scores, String events) {
    return new SparkRequest(idColumn, columns, normalize, fuse, method, budget, seed, poolFactor, target, tokens,
        scores, events, reduce);
  }

  /** This request with {@code --reduce none|pca:D}. */
  public SparkRequest withReduce(String spec) {
    return new SparkRequest(idColumn, columns, normalize, fuse, method, budget, seed, poolFactor, target, tokens,
        scoresColumn, eventsColumn, spec);
  }

  /** This request with {@code --tokens}, the pooling of token columns. */
  public SparkRequest withTokens(TokenPooling t) {
    return new SparkRequest(idColumn, columns, normalize, fuse, method, budget, seed, poolFactor, target, t,
        scoresColumn, eventsColumn, reduce);
  }

  /** The columns of {@code --pair A,B} in that order when the method compares modalities, else none. */
  public List<String> pairColumns() {
    return method.pairColumns();
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
    o.put("tokens", tokens.toString());
    o.put("normalize", normalize.toString());
    o.put("fuse", fuse.toString());
    o.put("reduce", reduce);
    o.put("method", method.method());
    o.put("method_options", Selectors.descriptor(method.method()).effective(method.methodOptions()));
    if (budget.fraction() != null) {
      o.put("fraction", budget.fraction());
    } else {
      o.put("size", budget.size());
    }
    o.put("seed", seed);
    o.put("pool_factor", poolFactor);
    if (target != null) {
      o.put("target", target.file());
    }
    if (scoresColumn != null) {
      o.put("scores_column", scoresColumn);
    }
    if (eventsColumn != null) {
      o.put("events_column", eventsColumn);
    }
    return o;
  }
}
