package org.coreset4j.io;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.coreset4j.util.InvalidInputException;

/** Content hashes of input files for the manifest, streamed over a memory mapping. */
public final class FileHashes {
  private static final long CHUNK = 1L << 26;
  /** Bytes hashed at each end of a file by {@link Mode#QUICK}. */
  static final long QUICK_BYTES = 1L << 20;

  /** How the manifest identifies input files ({@code --hash}). */
  public enum Mode {
    /** SHA-256 of every byte: proves the content, costs one read of every input. */
    SHA256,
    /** SHA-256 of the size and the first and last MiB: catches a replaced or resized file, reads 2 MiB. */
    QUICK,
    /** Path and size only. */
    NONE;

    /** {@code sha256}, {@code quick} or {@code none}, as {@code --hash} takes it. */
    public static Mode parse(String option, String value) {
      try {
        return valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(option + " " + value + " is not one of sha256, quick, none");
      }
    }
  }

  private FileHashes() {}

  /** The SHA-256 of the file's bytes as 64 lower-case hex digits. */
  public static String sha256(Path path) {
    MessageDigest digest = newDigest();
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment file = MappedFile.map(path, null, arena);
      for (long at = 0; at < file.byteSize(); at += CHUNK) {
        digest.update(file.asSlice(at, Math.min(CHUNK, file.byteSize() - at)).asByteBuffer());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The SHA-256 of the file's size (8 bytes, big-endian), its first MiB and its last MiB (the whole
   * file once when it is at most 2 MiB).
   */
  public static String quick(Path path) {
    MessageDigest digest = newDigest();
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment file = MappedFile.map(path, null, arena);
      long size = file.byteSize();
      digest.update(ByteBuffer.allocate(Long.BYTES).putLong(0, size));
      if (size <= 2 * QUICK_BYTES) {
        digest.update(file.asByteBuffer());
      } else {
        digest.update(file.asSlice(0, QUICK_BYTES).asByteBuffer());
        digest.update(file.asSlice(size - QUICK_BYTES, QUICK_BYTES).asByteBuffer());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** SHA-256 of the given lines, each followed by a newline: the digest of a list of digests. */
  public static String ofLines(Iterable<String> lines) {
    MessageDigest digest = newDigest();
    for (String line : lines) {
      digest.update((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
