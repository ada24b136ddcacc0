package org.coreset4j.io;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes of input files for the manifest, streamed over a memory mapping. */
public final class FileHashes {
  private static final long CHUNK = 1L << 26;

  private FileHashes() {}

  /** The SHA-256 of the file's bytes as 64 lower-case hex digits. */
  public static String sha256(Path path) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment file = MappedFile.map(path, null, arena);
      for (long at = 0; at < file.byteSize(); at += CHUNK) {
        digest.update(file.asSlice(at, Math.min(CHUNK, file.byteSize() - at)).asByteBuffer());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
