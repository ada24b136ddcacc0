package org.coreset4j.evaluation;

import java.util.List;

/**
 * The evaluation of several subsets with one model: the task, the model's description, the split
 * sizes, the number of seeds, the metrics and one row per subset (full first, then by budget:
 * random and the selections).
 */
public record EvaluationResult(String task, String model, int samples, int trainSize, int testSize, int seeds,
    List<Metric> metrics, List<ResultRow> rows) {
  public EvaluationResult {
    metrics = List.copyOf(metrics);
    rows = List.copyOf(rows);
  }

  /** The row with this name. */
  public ResultRow row(String name) {
    return rows.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + name));
  }
}
