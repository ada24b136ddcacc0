package org.coreset4j.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an evaluation arranged by method and budget: the distinct budgets ascending, and per
 * curve (see {@link ResultRow#curve()}; random first, then the methods in row order) its row at each
 * budget it was evaluated at. The full-data row is left out. Tables of verdicts read it.
 */
public record VerdictMatrix(List<Integer> budgets, Map<String, Map<Integer, ResultRow>> curves) {
  public static final String RANDOM = "random";

  public VerdictMatrix {
    budgets = List.copyOf(budgets);
    curves = Collections.unmodifiableMap(new LinkedHashMap<>(curves));
  }

  public static VerdictMatrix of(EvaluationResult result) {
    List<ResultRow> rows = result.rows().stream().filter(r -> !r.name().equals("full")).toList();
    Map<String, Map<Integer, ResultRow>> curves = new LinkedHashMap<>();
    curves.put(RANDOM, new LinkedHashMap<>());
    rows.forEach(r -> curves.computeIfAbsent(r.curve(), k -> new LinkedHashMap<>()).put(r.budget(), r));
    if (curves.get(RANDOM).isEmpty()) {
      curves.remove(RANDOM);
    }
    return new VerdictMatrix(rows.stream().map(ResultRow::budget).distinct().sorted().toList(), curves);
  }
}
