package org.coreset4j.provenance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall time per named stage, in the order the stages started. A stage timed inside another is
 * named by its path, {@code select/k-means}, so nested times are never read as extra ones: the
 * outer stage's time includes them.
 */
public final class StageTimes {
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final Deque<String> open = new ArrayDeque<>();

  public <T> T time(String stage, Supplier<T> work) {
    String name = open.isEmpty() ? stage : open.peek() + "/" + stage;
    seconds.putIfAbsent(name, 0.0);
    open.push(name);
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      open.pop();
      seconds.merge(name, (System.nanoTime() - t0) / 1e9, Double::sum);
    }
  }

  public Map<String, Double> seconds() {
    return new LinkedHashMap<>(seconds);
  }
}
