package org.coreset4j.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.coreset4j.util.InvalidInputException;

/**
 * Writes an output file all or nothing: the bytes go to a temporary sibling in the same
 * directory, which is synced and renamed over the target only when the writer succeeds. On any
 * failure the temporary file is deleted, so a failed run leaves no output file behind.
 */
public final class AtomicOutput {
  /** Writes the content of a file to a stream (which it may, but need not, close). */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicOutput() {}

  /**
   * Writes {@code target} through {@code body}. A missing directory is an input error; other I/O
   * failures are thrown as {@link UncheckedIOException}; exceptions of {@code body} propagate.
   */
  public static void write(Path target, Body body) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InvalidInputException(target + ": directory " + dir + " does not exist; create it "
          + "first");
    }
    // Not Files.createTempFile: its owner-only permissions would carry over to the output.
    Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
        + ".tmp");
    FileChannel channel;
    try {
      channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new InvalidInputException(target + ": cannot write in " + dir + " (" + e + ")", e);
    }
    try {
      try (channel;
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        body.write(new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        });
        out.flush();
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // Nothing more can be done; the original failure is what matters.
    }
  }
}
