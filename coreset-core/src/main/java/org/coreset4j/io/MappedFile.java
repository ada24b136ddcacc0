package org.coreset4j.io;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

/**
 * Read-only memory mapping of whole files, with input errors that name the file. The checks and
 * the arena helper are public for format modules.
 */
public final class MappedFile {
  private MappedFile() {}

  /** Maps all of {@code path} into {@code arena}; the mapping lives until the arena closes. */
  static MemorySegment map(Path path, String key, Arena arena) {
    checkReadable(path, key);
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena);
    } catch (NoSuchFileException e) {
      throw InputErrors.invalid(path, key, "file not found; check the path", e);
    } catch (IOException e) {
      throw InputErrors.invalid(path, key, "cannot read the file (" + e.getMessage() + ")", e);
    }
  }

  /** Throws an input error unless {@code path} is an existing regular file. */
  public static void checkReadable(Path path, String key) {
    if (!Files.isRegularFile(path)) {
      throw InputErrors.invalid(path, key, Files.exists(path)
          ? "not a regular file" : "file not found; check the path");
    }
  }

  /**
   * Runs {@code open} with a fresh shared arena that the opened tensor will own; closes the arena
   * if opening fails.
   */
  public static <T> T withArena(Function<Arena, T> open) {
    Arena arena = Arena.ofShared();
    try {
      return open.apply(arena);
    } catch (RuntimeException | Error e) {
      arena.close();
      throw e;
    }
  }
}
