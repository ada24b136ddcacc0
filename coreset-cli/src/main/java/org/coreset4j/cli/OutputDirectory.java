package org.coreset4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.coreset4j.util.InvalidInputException;

/**
 * A folder of outputs written all or nothing: the files are written into a hidden temporary
 * sibling folder, which becomes the target when every file is complete (renamed to it, or, where
 * the target folder exists, its files renamed into it). Closing without {@link #commit} deletes the
 * temporary folder, so a failed run leaves nothing behind.
 */
final class OutputDirectory implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temp;
  private boolean committed;

  private OutputDirectory(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
  }

  /** Fails early (before any work) when the folder's parent is missing or the folder is a file. */
  static void check(String option, Path dir) {
    Path parent = dir.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InvalidInputException(option + " " + dir + ": directory " + parent + " does not exist");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidInputException(option + " " + dir + " is a file; give a folder (it is created if missing)");
    }
  }

  /** Starts writing the outputs of {@code dir}. */
  static OutputDirectory open(String option, Path dir) {
    check(option, dir);
    Path abs = dir.toAbsolutePath();
    Path temp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    try {
      Files.createDirectory(temp);
    } catch (IOException e) {
      throw new InvalidInputException(option + " " + dir + ": cannot write in " + abs.getParent() + " (" + e + ")", e);
    }
    return new OutputDirectory(abs, temp);
  }

  /** Where the output named {@code name} is to be written before the commit. */
  Path file(String name) {
    return temp.resolve(name);
  }

  /** Makes the written files the content of the target folder. */
  void commit() {
    try {
      if (!Files.exists(target)) {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } else {
        for (Path f : children(temp)) {
          Files.move(f, target.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        }
        Files.delete(temp);
      }
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the outputs into " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (committed || !Files.exists(temp)) {
      return;
    }
    try (Stream<Path> all = Files.walk(temp)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // best effort: the original error is what the user needs to see
    }
  }

  private static List<Path> children(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }
}
