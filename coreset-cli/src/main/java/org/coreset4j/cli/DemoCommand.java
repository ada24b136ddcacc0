package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coreset4j.demo.Demo;
import org.coreset4j.demo.DemoOptions;
import org.coreset4j.util.Parallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code coreset demo}: the whole pipeline on the built-in scenes, ending in a table and report.html. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Generate CLEVR-like scenes, embed RGB, mask and captions, select "
        + "coresets with every method, evaluate depth prediction and image-text retrieval on each, "
        + "print the retention table and write report.html.",
        "The scenes are noisy by default (the web-like preset of coreset scenes --noisy: misaligned and wrong"
            + " captions, near and exact duplicates, low-quality images, a long tail), and the demo also prints"
            + " how many corrupted samples each subset kept; --clean generates them without corruption.",
        "Scenes and embeddings are cached between runs, per variant (clean or noisy), count and seed."})
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--scenes", description = "Number of scenes (default: ${DEFAULT-VALUE}).")
  int scenes = DemoOptions.DEFAULT_SCENES;

  @Option(names = "--fraction", description = "Budget of every method (default: ${DEFAULT-VALUE}).")
  double fraction = DemoOptions.DEFAULT_FRACTION;

  @Option(names = "--seeds", description = "Evaluation seeds per row (default: ${DEFAULT-VALUE}).")
  int seeds = DemoOptions.DEFAULT_SEEDS;

  @Option(names = "--seed", description = "Seed of scenes, encoders and methods (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("demo-out");

  @Option(names = "--cache", description = "Cache folder for scenes and embeddings (default: ${DEFAULT-VALUE}).")
  Path cache = Path.of(".coreset-cache");

  @Option(names = "--clean", description = "Clean scenes instead of the default noisy ones.")
  boolean clean;

  @Option(names = "--threads", description = "Worker threads (default: all processors).")
  Integer threads;

  @Option(names = "--quiet", description = "No progress bars.")
  boolean quiet;

  @Override
  public Integer call() {
    DemoOptions options = new DemoOptions(scenes, fraction, seeds, seed, out, cache, clean);
    long t0 = System.nanoTime();
    try (Parallel parallel = threads == null ? Parallel.defaults() : new Parallel(threads)) {
      System.out.printf("coreset4j demo: %d %s scenes, %.0f%% coresets, %d evaluation seeds%n", scenes,
          clean ? "clean" : "noisy", 100 * fraction, seeds);
      Demo.DemoResult r = Demo.run(options, parallel, ConsoleProgress.forTerminal(quiet), System.out);
      System.out.printf("%nstages: %s%n", format(r.stageSeconds()));
      System.out.printf("total %.1f s; report: %s%n", (System.nanoTime() - t0) / 1e9, r.report().toAbsolutePath());
    }
    return ExitCodes.OK;
  }

  private static String format(java.util.Map<String, Double> seconds) {
    StringBuilder b = new StringBuilder();
    seconds.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(String.format("%s %.1f s", k, v)));
    return b.toString();
  }
}
