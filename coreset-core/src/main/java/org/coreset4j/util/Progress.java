package org.coreset4j.util;

/**
 * Progress of a long stage. The command line shows it as a bar on stderr; the library default
 * ignores it. Implementations must be thread-safe.
 */
public interface Progress {
  Progress NONE = new Progress() {
    @Override
    public void start(String stage, long total) {}

    @Override
    public void advance(long steps) {}

    @Override
    public void finish() {}
  };

  /** Begins a stage of {@code total} steps (0 when unknown). */
  void start(String stage, long total);

  void advance(long steps);

  void finish();
}
