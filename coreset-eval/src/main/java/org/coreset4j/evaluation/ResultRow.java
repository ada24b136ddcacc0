package org.coreset4j.evaluation;

import java.util.Map;

/**
 * One evaluated subset: its name ({@code full}, {@code random} or a selection), its budget (the
 * selection's size over all N; N for full), the samples it trained on (budget ∩ train split), each
 * metric and its retention against full over the seeds, the mean training time per run and the
 * selection time when known (null otherwise).
 */
public record ResultRow(String name, int budget, int trainSamples, Map<String, Stat> metrics,
    Map<String, Stat> retention, double trainSeconds, Double selectionSeconds) {
  public ResultRow {
    metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    retention = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(retention));
  }
}
