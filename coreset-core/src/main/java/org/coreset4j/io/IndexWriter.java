package org.coreset4j.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.NdArray;

/** Writes selected sample indices as {@code .npy} int64 or {@code .txt} (one per line), atomically. */
public final class IndexWriter {
  private static final int FLUSH_CHARS = 1 << 16;

  private IndexWriter() {}

  /** Writes {@code indices} in the format named by the extension of {@code path}. */
  public static void write(Path path, int[] indices) {
    checkExtension(path);
    if (Tensors.lowerCaseName(path).endsWith(".npy")) {
      NpyWriter.write(path, NdArray.indices(indices));
      return;
    }
    AtomicOutput.write(path, out -> {
      StringBuilder text = new StringBuilder();
      for (int i : indices) {
        text.append(i).append('\n');
        if (text.length() > FLUSH_CHARS) {
          out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
          text.setLength(0);
        }
      }
      out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
    });
  }

  /** Fails unless {@link #write} accepts the extension of {@code path}; call it before any work. */
  public static void checkExtension(Path path) {
    String name = Tensors.lowerCaseName(path);
    if (!name.endsWith(".npy") && !name.endsWith(".txt")) {
      throw new InvalidInputException("--out " + path + ": unsupported extension; use .npy (int64) "
          + "or .txt (one index per line)");
    }
  }
}
