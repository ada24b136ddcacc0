package org.coreset4j.provenance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall time per named stage, in the order the stages ran. */
public final class StageTimes {
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  public <T> T time(String stage, Supplier<T> work) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      seconds.merge(stage, (System.nanoTime() - t0) / 1e9, Double::sum);
    }
  }

  public Map<String, Double> seconds() {
    return Map.copyOf(seconds).isEmpty() ? Map.of() : new LinkedHashMap<>(seconds);
  }
}
