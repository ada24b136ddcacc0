package org.coreset4j.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One evaluated subset: its name ({@code full}, {@code random} or a selection), its budget (the
 * selection's size over all N; N for full), the samples it trained on (budget ∩ train split), each
 * metric and its retention (see {@link Metric#retention}) over the seeds, its verdict score (the mean
 * retention of the verdict metrics, per seed; null in results written before it existed), the
 * paired comparison with the random row of its budget (null for full and random rows, and in
 * results written before it existed), the mean training time per run and the selection time when
 * known (null otherwise).
 */
public record ResultRow(String name, int budget, int trainSamples, Map<String, Stat> metrics,
    Map<String, Stat> retention, Stat score, Paired paired, double trainSeconds, Double selectionSeconds) {
  public ResultRow {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    retention = Collections.unmodifiableMap(new LinkedHashMap<>(retention));
  }

  /**
   * The curve this row belongs to in budget plots: the name before an {@code @} ({@code random@200}
   * and {@code dq@200} are points of {@code random} and {@code dq}), else the whole name.
   */
  public String curve() {
    int at = name.indexOf('@');
    return at < 0 ? name : name.substring(0, at);
  }
}
