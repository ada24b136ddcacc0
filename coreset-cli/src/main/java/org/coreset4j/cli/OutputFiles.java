package org.coreset4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Several outputs of one run, all or nothing: each file is written atomically (temporary file
 * and rename), and if a later one fails the earlier ones of this run are removed again.
 */
final class OutputFiles {
  private final List<Path> written = new ArrayList<>();

  /** Writes one output; on failure removes everything this run wrote and rethrows. */
  void write(Path path, Runnable writer) {
    try {
      writer.run();
      written.add(path);
    } catch (RuntimeException | Error e) {
      rollback();
      throw e;
    }
  }

  private void rollback() {
    for (Path p : written) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // best effort: the original error is what the user needs to see
      }
    }
    written.clear();
  }

  /** Fails early (before any work) when an output's directory is missing. */
  static void checkDirectory(String option, Path path) {
    if (path == null) {
      return;
    }
    Path dir = path.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new org.coreset4j.util.InvalidInputException(option + " " + path + ": directory " + dir + " does not exist");
    }
  }
}
