package org.coreset4j.provenance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.coreset4j.util.Progress;

/**
 * Wall time per named stage, in the order the stages started. A stage timed inside another is
 * named by its path, {@code select/k-means}, so nested times are never read as extra ones: the
 * outer stage's time includes them.
 */
public final class StageTimes {
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final Deque<String> open = new ArrayDeque<>();

  public <T> T time(String stage, Supplier<T> work) {
    String name = begin(stage);
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      end(name, t0);
    }
  }

  /**
   * {@code inner}, also timing each stage reported to it as a stage inside the one open when it
   * starts: a method's {@code k-means} reported during {@code select} is timed as {@code select/k-means}.
   */
  public Progress recording(Progress inner) {
    Deque<Map.Entry<String, Long>> started = new ArrayDeque<>();
    return new Progress() {
      @Override
      public void start(String stage, long total) {
        inner.start(stage, total);
        synchronized (started) {
          started.push(Map.entry(begin(stage), System.nanoTime()));
        }
      }

      @Override
      public void advance(long steps) {
        inner.advance(steps);
      }

      @Override
      public void finish() {
        inner.finish();
        synchronized (started) {
          if (!started.isEmpty()) {
            Map.Entry<String, Long> stage = started.pop();
            end(stage.getKey(), stage.getValue());
          }
        }
      }
    };
  }

  private synchronized String begin(String stage) {
    String name = open.isEmpty() ? stage : open.peek() + "/" + stage;
    seconds.putIfAbsent(name, 0.0);
    open.push(name);
    return name;
  }

  private synchronized void end(String name, long t0) {
    open.remove(name);
    seconds.merge(name, (System.nanoTime() - t0) / 1e9, Double::sum);
  }

  public synchronized Map<String, Double> seconds() {
    return new LinkedHashMap<>(seconds);
  }
}
