package org.coreset4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.coreset4j.data.NdArray;
import org.coreset4j.io.NpyWriter;

/**
 * The training run from which the launcher records the JVM's ahead-of-time cache
 * ({@code -XX:AOTCacheOutput}): the help text, and {@code select} with common methods on a small
 * random input in a temporary folder, so that later runs start with these classes loaded and
 * linked and their hot methods profiled. Output goes where the launcher sends it (nowhere).
 */
final class AotTraining {
  private static final int ROWS = 2_000;
  private static final int COLS = 64;
  private static final String[] METHODS = {"random", "dq", "kcenter", "herding", "coincide"};

  private AotTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("coreset-aot-training");
    try {
      Path x = dir.resolve("x.npy");
      SplittableRandom random = new SplittableRandom(0);
      float[] values = new float[ROWS * COLS];
      for (int i = 0; i < values.length; i++) values[i] = (float) random.nextGaussian();
      NpyWriter.write(x, new NdArray(values, new long[] {ROWS, COLS}));
      Main.commandLine().execute("--help");
      for (String method : METHODS) {
        Main.commandLine().execute("select", "--quiet", "--input", "x=" + x, "--method", method,
            "--fraction", "0.1", "--out", dir.resolve(method + ".npy").toString());
      }
    } finally {
      OutputFiles.deleteTree(dir);
    }
  }
}
