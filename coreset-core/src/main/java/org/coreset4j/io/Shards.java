package org.coreset4j.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files one input names: a file, a folder (its files of one type, for example every
 * {@code img_emb_*.npy} of clip-retrieval's {@code img_emb/}), or a glob in the last part of the
 * path ({@code img_emb/*.npy}, {@code shards/part-*.parquet}). Shards come in natural order
 * ({@link NaturalOrder}: {@code _2} before {@code _10}); hidden files are skipped.
 */
public final class Shards {
  private Shards() {}

  /** Whether {@code path} names several files: a folder, or a glob in its last part. */
  public static boolean isSharded(Path path) {
    return isGlob(path) || Files.isDirectory(path);
  }

  static boolean isGlob(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().matches(".*[*?\\[{].*");
  }

  /**
   * The shards of {@code path}, in natural order; {@code extensions} (lower case, with the dot) are
   * the file types a folder may hold. An empty glob, an empty folder or a folder mixing types is an
   * error naming the path and {@code key} ({@link InputErrors}).
   */
  public static List<Path> list(Path path, String key, Set<String> extensions) {
    List<Path> files = isGlob(path) ? glob(path, key) : folder(path, key, extensions);
    files.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()));
    return files;
  }

  private static List<Path> glob(Path pattern, String key) {
    Path dir = pattern.toAbsolutePath().getParent();
    if (isGlob(dir) || !Files.isDirectory(dir)) {
      throw InputErrors.invalid(pattern, key, "folder " + dir + " does not exist (a glob may only be in the"
          + " last part of the path)");
    }
    PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + pattern.getFileName());
    List<Path> files = new ArrayList<>();
    for (Path p : entries(dir, pattern, key)) {
      if (matcher.matches(p.getFileName()) && Files.isRegularFile(p)) {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      throw InputErrors.invalid(pattern, key, "matches no file");
    }
    return files;
  }

  private static List<Path> folder(Path dir, String key, Set<String> extensions) {
    List<Path> files = new ArrayList<>();
    Set<String> found = new TreeSet<>();
    for (Path p : entries(dir, dir, key)) {
      String name = Tensors.lowerCaseName(p);
      String ext = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.')) : "";
      if (extensions.contains(ext) && Files.isRegularFile(p)) {
        files.add(p);
        found.add(ext);
      }
    }
    if (files.isEmpty()) {
      throw InputErrors.invalid(dir, key, "folder holds no " + String.join(", ", new TreeSet<>(extensions))
          + " file");
    }
    if (found.size() > 1) {
      throw InputErrors.invalid(dir, key, "folder mixes " + String.join(" and ", found)
          + " files; name one type with a glob such as " + dir.resolve("*" + found.iterator().next()));
    }
    return files;
  }

  private static List<Path> entries(Path dir, Path named, String key) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        if (!p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_")) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      throw InputErrors.invalid(named, key, "cannot list folder " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }
}
