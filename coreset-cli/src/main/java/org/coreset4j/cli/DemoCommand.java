package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
        "Every method selects at each budget of --fractions; the table printed per task says, per method and "
            + "budget, whether its subset trained a better or worse model than random subsets of the same size "
            + "(paired over evaluation seeds, 95%% interval), and report.html draws retention against budget.",
        "Scenes and embeddings are cached between runs, per variant (clean or noisy), count and seed."})
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--scenes", description = "Number of scenes (default: 2000; 1000 with --quick).")
  Integer scenes;

  @Option(names = {"--fractions", "--fraction"}, split = ",", paramLabel = "F[,F...]",
      description = "Budgets every method selects at, as fractions of the scenes (default: 0.05,0.1,0.2,0.3; "
          + "0.1,0.2 with --quick).")
  List<Double> fractions;

  @Option(names = "--seeds", description = "Evaluation seeds per row (default: 10; 5 with --quick).")
  Integer seeds;

  @Option(names = "--quick", description = "A smaller setting: 1000 scenes, budgets 0.1 and 0.2, 5 seeds "
      + "(each overridden by its own option).")
  boolean quick;

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
    DemoOptions options = options();
    long t0 = System.nanoTime();
    try (Parallel parallel = threads == null ? Parallel.defaults() : new Parallel(threads)) {
      System.out.printf("coreset4j demo: %d %s scenes, coresets of %s, %d evaluation seeds%n", options.scenes(),
          clean ? "clean" : "noisy", String.join(", ", options.fractions().stream()
              .map(f -> String.format(Locale.ROOT, "%.0f%%", 100 * f)).toList()), options.seeds());
      Demo.DemoResult r = Demo.run(options, parallel, ConsoleProgress.forTerminal(quiet), System.out);
      System.out.printf("%nstages: %s%n", format(r.stageSeconds()));
      System.out.printf("total %.1f s; report: %s%n", (System.nanoTime() - t0) / 1e9, r.report().toAbsolutePath());
    }
    return ExitCodes.OK;
  }

  /** The settings: each option as given, else its --quick or normal default. */
  DemoOptions options() {
    return new DemoOptions(
        scenes != null ? scenes : quick ? DemoOptions.QUICK_SCENES : DemoOptions.DEFAULT_SCENES,
        fractions != null ? fractions : quick ? DemoOptions.QUICK_FRACTIONS : DemoOptions.DEFAULT_FRACTIONS,
        seeds != null ? seeds : quick ? DemoOptions.QUICK_SEEDS : DemoOptions.DEFAULT_SEEDS,
        seed, out, cache, clean);
  }

  private static String format(java.util.Map<String, Double> seconds) {
    StringBuilder b = new StringBuilder();
    seconds.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(String.format("%s %.1f s", k, v)));
    return b.toString();
  }
}
