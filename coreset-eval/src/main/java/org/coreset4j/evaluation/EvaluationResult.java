package org.coreset4j.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of several subsets with one model: the task, the model's description, the split
 * sizes, the number of seeds, the metrics, the trivial model (described, and its metrics on the
 * held-out split) that retention is measured against, the metrics whose mean retention the paired
 * verdicts compare, and one row per subset (full first, then by budget: random and the selections).
 * Results written before the trivial model and verdicts existed read back with them empty.
 */
public record EvaluationResult(String task, String model, int samples, int trainSize, int testSize, int seeds,
    List<Metric> metrics, String trivialModel, Map<String, Double> trivial, List<String> verdictMetrics,
    List<ResultRow> rows) {
  public EvaluationResult {
    metrics = List.copyOf(metrics);
    trivial = trivial == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(trivial));
    verdictMetrics = verdictMetrics == null ? List.of() : List.copyOf(verdictMetrics);
    rows = List.copyOf(rows);
  }

  /** The row with this name. */
  public ResultRow row(String name) {
    return rows.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + name));
  }
}
