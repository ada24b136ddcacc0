package org.coreset4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.util.InvalidInputException;

/**
 * Several outputs of one run, all or nothing: each file is written atomically (temporary file
 * and rename), and if a later one fails the earlier ones of this run are removed again. {@link
 * Clashes} checks first that no output would replace an input or another output.
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

  /** Removes a folder and everything in it, best effort. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: the original failure is what the user needs to see
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
      throw new InvalidInputException(option + " " + path + ": directory " + dir + " does not exist");
    }
  }

  /**
   * The files one run reads and writes, each with the words that name it in a message. {@link
   * #check} fails, before any work, when an output is an input or another output: the same path
   * once absolute and resolved through links (so {@code ./x}, {@code d/../x} and symbolic links
   * match), or the same file by {@link Files#isSameFile} where both exist (hard links).
   */
  static final class Clashes {
    private record Named(String label, Path path, boolean wholeFolder) {}

    private final List<Named> inputs = new ArrayList<>();
    private final List<Named> outputs = new ArrayList<>();

    /** The modalities, named {@code --input NAME=PATH}. */
    Clashes inputs(List<InputRef> refs) {
      refs.forEach(r -> inputs.add(new Named("--input " + r.name() + "=" + r.path(), r.path(),
          Files.isDirectory(r.path()))));
      return this;
    }

    /** An input file named {@code OPTION PATH}; nothing when {@code path} is null. */
    Clashes input(String option, Path path) {
      if (path != null) {
        inputs.add(new Named(option + " " + path, path, false));
      }
      return this;
    }

    /** The input file of PATH or PATH:KEY, named {@code OPTION PATH}; nothing when {@code spec} is null. */
    Clashes inputSpec(String option, String spec) {
      return input(option, spec == null ? null : ArrayInputs.path(spec));
    }

    /** An output file named {@code OPTION PATH}; nothing when {@code path} is null. */
    Clashes output(String option, Path path) {
      if (path != null) {
        outputs.add(new Named(option + " " + path, path, false));
      }
      return this;
    }

    /** Output files {@code DIR/NAME}, named {@code OPTION DIR (NAME)}. */
    Clashes outputs(String option, Path dir, List<String> names) {
      names.forEach(n -> outputs.add(new Named(option + " " + dir + " (" + n + ")", dir.resolve(n), false)));
      return this;
    }

    /** An output folder that replaces the folder and everything in it. */
    Clashes outputFolder(String option, Path dir) {
      outputs.add(new Named(option + " " + dir, dir, true));
      return this;
    }

    void check() {
      for (int i = 0; i < outputs.size(); i++) {
        Named out = outputs.get(i);
        for (Named in : inputs) {
          if (same(out.path(), in.path()) || inside(in, out)) {
            throw new InvalidInputException(out.label() + " would overwrite the input " + in.label()
                + "; choose another output path");
          }
          if (inside(out, in)) {
            throw new InvalidInputException(out.label() + " lies in the input folder " + in.label()
                + ", whose files are read as shards; choose another output path");
          }
        }
        for (Named other : outputs.subList(0, i)) {
          if (same(out.path(), other.path())) {
            throw new InvalidInputException(other.label() + " and " + out.label()
                + " name the same file; give each output its own path");
          }
          if (inside(out, other) || inside(other, out)) {
            Named folder = inside(out, other) ? other : out;
            throw new InvalidInputException((folder == out ? other : out).label() + " lies in " + folder.label()
                + ", which is written as a whole; give each output its own path");
          }
        }
      }
    }

    /** Whether {@code p} lies in {@code folder}, an output that replaces its whole folder. */
    private static boolean inside(Named p, Named folder) {
      return folder.wholeFolder() && canonical(p.path()).startsWith(canonical(folder.path()));
    }

    private static boolean same(Path a, Path b) {
      if (canonical(a).equals(canonical(b))) {
        return true;
      }
      try {
        return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
      } catch (IOException e) {
        return false;
      }
    }

    /** The absolute path, its longest existing part resolved through links. */
    private static Path canonical(Path p) {
      Path abs = p.toAbsolutePath();
      Path existing = abs;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      try {
        return existing == null ? abs.normalize() : existing.toRealPath().resolve(existing.relativize(abs)).normalize();
      } catch (IOException e) {
        return abs.normalize();
      }
    }
  }
}
