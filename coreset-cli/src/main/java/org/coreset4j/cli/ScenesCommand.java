package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.scenes.SceneFiles;
import org.coreset4j.scenes.SceneGenerator;
import org.coreset4j.scenes.SceneSet;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code coreset scenes}: generates a CLEVR-like scene set and writes it to a directory. */
@Command(name = "scenes", mixinStandardHelpOptions = true,
    description = {"Generate CLEVR-like scenes (RGB, semantic mask, depth, labels, captions).",
        "Writes DIR/images/NNNNNN.png, DIR/masks/NNNNNN.png (palette index = class: 0 ground, 1 sphere,"
            + " 2 cube, 3 cylinder), DIR/depth.npy (float32 N x H x W), DIR/labels.npy (int32 N x 3:"
            + " spheres, cubes, cylinders) and DIR/captions.jsonl."})
public final class ScenesCommand implements Callable<Integer> {
  @Option(names = "--count", required = true, description = "Number of scenes.")
  int count;

  @Option(names = "--out", required = true, description = "Output directory (new or empty).")
  Path out;

  @Option(names = "--seed", defaultValue = "0", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--size", description = "Image side in pixels (default ${DEFAULT-VALUE}).")
  int size = SceneGenerator.DEFAULT_SIZE;

  @Option(names = "--threads", description = "Worker threads (default: all processors).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    if (threads != null && threads < 1) {
      throw new InvalidInputException("--threads " + threads + ": must be at least 1");
    }
    try (Parallel parallel = threads == null ? Parallel.defaults() : new Parallel(threads)) {
      SceneSet set = SceneGenerator.generate(count, seed, size, parallel, Progress.NONE);
      SceneFiles.write(set, out, parallel);
    }
    return ExitCodes.OK;
  }
}
