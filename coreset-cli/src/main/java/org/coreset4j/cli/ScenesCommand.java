package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.scenes.Corruption;
import org.coreset4j.scenes.NoisySceneSet;
import org.coreset4j.scenes.SceneFiles;
import org.coreset4j.scenes.SceneGenerator;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code coreset scenes}: generates a CLEVR-like scene set and writes it to a directory. */
@Command(name = "scenes", mixinStandardHelpOptions = true,
    description = {"Generate CLEVR-like scenes (RGB, semantic mask, depth, labels, captions).",
        "Writes DIR/images/NNNNNN.png, DIR/masks/NNNNNN.png (palette index = class: 0 ground, 1 sphere,"
            + " 2 cube, 3 cylinder), DIR/depth.npy (float32 N x H x W), DIR/labels.npy (int32 N x 3:"
            + " spheres, cubes, cylinders) and DIR/captions.jsonl.",
        "Corruption options make the set as noisy as web data; each scene then takes at most one kind,"
            + " exactly round(fraction * count) scenes per kind, and DIR/corruption.npy (int32 N x 2: kind,"
            + " source scene or -1) and DIR/corruption.json record what was done (see docs/CLI.md)."})
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

  @Option(names = "--noisy", description = "Web-like preset: --misaligned " + Corruption.NOISY_MISALIGNED
      + " --wrong-attribute " + Corruption.NOISY_WRONG_ATTRIBUTE
      + " --near-duplicates " + Corruption.NOISY_NEAR_DUPLICATES
      + " --duplicates " + Corruption.NOISY_DUPLICATES
      + " --low-quality " + Corruption.NOISY_LOW_QUALITY
      + " --long-tail " + Corruption.NOISY_LONG_TAIL
      + " (about a third of the pairs corrupted); corruption options given with it override its values.")
  boolean noisy;

  @Option(names = "--misaligned", paramLabel = "F",
      description = "Fraction of scenes captioned with another (clean) scene's caption (default 0).")
  Double misaligned;

  @Option(names = "--wrong-attribute", paramLabel = "F",
      description = "Fraction of captions with one attribute of one object wrong (default 0).")
  Double wrongAttribute;

  @Option(names = "--near-duplicates", paramLabel = "F",
      description = "Fraction of scenes that re-render a clean scene with its objects jittered (default 0).")
  Double nearDuplicates;

  @Option(names = "--duplicates", paramLabel = "F",
      description = "Fraction of scenes that copy a clean scene exactly (default 0).")
  Double duplicates;

  @Option(names = "--low-quality", paramLabel = "F",
      description = "Fraction of images blurred and overlaid with noise (default 0).")
  Double lowQuality;

  @Option(names = "--long-tail", paramLabel = "S",
      description = "Zipf exponent over the 24 shape and colour combinations, in [0, 10]: the one of rank r"
          + " drawn with probability proportional to r^-S (default 0: uniform).")
  Double longTail;

  @Override
  public Integer call() throws Exception {
    if (threads != null && threads < 1) {
      throw new InvalidInputException("--threads " + threads + ": must be at least 1");
    }
    Corruption corruption = corruption();
    try (Parallel parallel = threads == null ? Parallel.defaults() : new Parallel(threads)) {
      NoisySceneSet set = SceneGenerator.generate(count, seed, size, corruption, parallel, Progress.NONE);
      SceneFiles.write(set, out, parallel);
    }
    return ExitCodes.OK;
  }

  /** The requested corruption: the explicit options over the preset (--noisy) or over none. */
  Corruption corruption() {
    Corruption base = noisy ? Corruption.NOISY : Corruption.NONE;
    return new Corruption(
        misaligned != null ? misaligned : base.misaligned(),
        wrongAttribute != null ? wrongAttribute : base.wrongAttribute(),
        nearDuplicates != null ? nearDuplicates : base.nearDuplicates(),
        duplicates != null ? duplicates : base.duplicates(),
        lowQuality != null ? lowQuality : base.lowQuality(),
        longTail != null ? longTail : base.longTail());
  }
}
