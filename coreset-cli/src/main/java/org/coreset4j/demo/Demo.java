package org.coreset4j.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.align.SharedSpace;
import org.coreset4j.embed.EmbedOptions;
import org.coreset4j.embed.EmbeddingArray;
import org.coreset4j.embed.Embeddings;
import org.coreset4j.evaluation.Evaluation;
import org.coreset4j.evaluation.EvaluationParams;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.HoldoutSplit;
import org.coreset4j.evaluation.Probe;
import org.coreset4j.evaluation.ProbeSignalParams;
import org.coreset4j.evaluation.ProbeSignals;
import org.coreset4j.evaluation.ResultTable;
import org.coreset4j.evaluation.ResultsJson;
import org.coreset4j.evaluation.SyntheticPairs;
import org.coreset4j.evaluation.TaskSpec;
import org.coreset4j.fusion.Fusion;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Modality;
import org.coreset4j.io.ArrayTensor;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.provenance.StageTimes;
import org.coreset4j.reduction.Reducer;
import org.coreset4j.reduction.Reducers;
import org.coreset4j.reduction.Umap;
import org.coreset4j.report.CorruptionTable;
import org.coreset4j.report.Report;
import org.coreset4j.report.Thumbnail;
import org.coreset4j.scenes.CorruptionKind;
import org.coreset4j.scenes.GroundTruth;
import org.coreset4j.scenes.NoisySceneSet;
import org.coreset4j.scenes.SceneFiles;
import org.coreset4j.scenes.SceneGenerator;
import org.coreset4j.scenes.SceneSet;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.coreset4j.util.Sampling;

/**
 * The whole idea on built-in data: generate CLEVR-like scenes (noisy as web data unless
 * {@link DemoOptions#clean()}), embed RGB, mask and caption, select a coreset with every method at
 * every budget, distil pairs of the smallest budget by each distill method ({@link DemoDistillation};
 * retrieval only), train the same small models on each subset and on random subsets of each budget
 * (depth from every patch token of RGB and mask, image-text retrieval from the mean image token and
 * the caption) and print, per task, each method's verdict against random at each budget. The
 * training signals of forgetting, score, d2 and ccs come from the built-in {@link Probe} trained on
 * all scenes to predict their number of objects (3 to 10, as classes 0 to 7) from the
 * l2-normalised mean tokens of RGB, mask and caption. On noisy scenes it then counts the corrupted
 * samples each subset kept at the headline budget ({@link CorruptionAccounting}); only that reads
 * the ground truth.
 */
public final class Demo {
  private static final int THUMBNAILS = 12;

  /** What the demo produced. */
  public record DemoResult(List<EvaluationResult> results, CorruptionTable corruption, Path report,
      Map<String, Double> stageSeconds) {}

  private Demo() {}

  public static DemoResult run(DemoOptions o, Parallel par, Progress progress, PrintStream log) {
    StageTimes times = new StageTimes();
    NoisySceneSet generated = times.time("scenes", () -> scenes(o, par, progress, log));
    SceneSet scenes = generated.scenes();
    Map<String, EmbeddingArray> emb = times.time("embed", () -> embeddings(scenes, o, par, progress, log));
    ProbeSignals signals = times.time("probe", () -> probe(scenes, emb, o, par, progress, log));
    Map<String, FloatMatrix> shared = times.time("align", () -> sharedSpace(emb, o, par, log));
    Map<String, int[]> selections = new LinkedHashMap<>();
    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, Selection> details = new LinkedHashMap<>();
    times.time("select", () -> {
      log.printf("selecting at %s of %d scenes (seconds per budget):%n", budgetList(o), scenes.count());
      List<DemoMethods.Row> rows = DemoMethods.rows(scenes.count());
      String name = "  %-" + rows.stream().mapToInt(r -> r.name().length()).max().orElse(0) + "s";
      for (DemoMethods.Row row : rows) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, name, row.name()));
        long f0 = System.nanoTime();
        FloatMatrix features = features(row, emb, o, par, progress);
        double featureSeconds = (System.nanoTime() - f0) / 1e9;
        for (double f : o.fractions()) {
          long t0 = System.nanoTime();
          Selection s = select(row, features, signals, shared, f, o, par, progress);
          // each budget's time includes the shared fusion and reduction, as a separate select run would
          double sec = featureSeconds + (System.nanoTime() - t0) / 1e9;
          String key = key(row.name(), f, o);
          selections.put(key, s.indices());
          seconds.put(key, sec);
          details.put(key, s);
          line.append(String.format(Locale.ROOT, " %6.2f", sec));
        }
        log.println(line);
      }
      Selectors.descriptors().stream().filter(m -> DemoMethods.skipped(m) != null)
          .forEach(m -> log.printf("  (%s not in the demo: %s)%n", m.name(), DemoMethods.skipped(m)));
      return null;
    });
    FloatMatrix image = pooled(emb.get("image"), par);
    FloatMatrix text = emb.get("text").values();
    EvaluationParams params = EvaluationParams.DEFAULTS.withSeeds(o.seeds());
    double smallest = o.fractions().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    Map<String, SyntheticPairs> distilled = times.time("distill", () -> DemoDistillation.of(image, text,
        Budget.fraction(smallest).count(o.scenes()), o.seed(), m -> key("distill-" + m, smallest, o), par, log));
    List<EvaluationResult> results = new ArrayList<>();
    times.time("evaluate", () -> {
      // depth from every patch token of RGB and mask side by side: the dense probe of ViT depth evaluations
      Map<String, FloatMatrix> vision = new LinkedHashMap<>();
      vision.put("image", tokens(emb.get("image"), par));
      vision.put("mask", tokens(emb.get("mask"), par));
      int side = scenes.size();
      TaskSpec depth = new TaskSpec.Depth(FloatMatrix.of(scenes.depth(), scenes.count(), side * side), side, side);
      results.add(Evaluation.run(vision, depth, selections, seconds, params, par, progress));
      Map<String, FloatMatrix> pair = new LinkedHashMap<>();
      pair.put("image", image);
      pair.put("text", text);
      results.add(Evaluation.run(pair, new TaskSpec.Retrieval("image", "text"), selections, distilled, seconds,
          params, par, progress));
      return null;
    });
    CorruptionTable corruption = o.clean() ? null : corruption(generated.truth(), selections, o);
    Path report = times.time("report", () -> report(o, generated, emb, selections, details, results, corruption,
        par, progress));
    for (EvaluationResult r : results) {
      log.println("\n" + ResultTable.verdicts(r));
      log.print(SeedComparison.format(r, DemoMethods.SEED_METHODS));
      log.printf("all metrics, retentions and intervals: %s%n", o.out().resolve("table-" + r.task() + ".txt"));
    }
    if (corruption != null) {
      log.printf("%ncorrupted samples kept at %s (random: one uniform draw of the same budget; full data last)%n",
          ResultTable.percent(Budget.fraction(o.headline()).count(o.scenes()), o.scenes()));
      log.print(corruption.format());
    }
    return new DemoResult(results, corruption, report, times.seconds());
  }

  /**
   * The kept corrupted samples of every method's subset at the headline budget and of one random
   * draw of the same budget.
   */
  private static CorruptionTable corruption(GroundTruth truth, Map<String, int[]> selections, DemoOptions o) {
    int budget = Budget.fraction(o.headline()).count(o.scenes());
    Map<String, int[]> subsets = new LinkedHashMap<>();
    subsets.put("random", Sampling.withoutReplacement(o.scenes(), budget, o.seed()));
    for (DemoMethods.Row row : DemoMethods.rows(o.scenes())) {
      subsets.put(row.name(), selections.get(key(row.name(), o.headline(), o)));
    }
    return CorruptionAccounting.table(truth, subsets, budget);
  }

  /** A selection's name: the row's, with {@code @k} (its size) when the demo selects at several budgets. */
  private static String key(String row, double fraction, DemoOptions o) {
    return o.fractions().size() == 1 ? row : row + "@" + Budget.fraction(fraction).count(o.scenes());
  }

  private static String budgetList(DemoOptions o) {
    return String.join(", ", o.fractions().stream()
        .map(f -> ResultTable.percent(Budget.fraction(f).count(o.scenes()), o.scenes())).toList());
  }

  /** Noisy scenes by default ({@link DemoOptions#corruption()}); with --clean, every scene as generated. */
  private static NoisySceneSet scenes(DemoOptions o, Parallel par, Progress progress, PrintStream log) {
    NoisySceneSet set = SceneGenerator.generate(o.scenes(), o.seed(), SceneGenerator.DEFAULT_SIZE, o.corruption(),
        par, progress);
    Path dir = o.cache().resolve("scenes-" + o.cacheKey());
    if (!Files.isDirectory(dir)) {
      try {
        Files.createDirectories(o.cache());
        SceneFiles.write(set, dir, par);
        log.printf("wrote %d %s scenes (PNG, depth, captions) to %s%n", set.scenes().count(),
            o.clean() ? "clean" : "noisy", dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the scenes to " + dir, e);
      }
    }
    return set;
  }

  /** Embeddings from the cache, or computed once and cached. */
  private static Map<String, EmbeddingArray> embeddings(SceneSet scenes, DemoOptions o, Parallel par,
      Progress progress, PrintStream log) {
    Path dir = o.cache().resolve("embeddings-" + o.cacheKey());
    List<String> names = List.of("image", "mask", "text");
    Map<String, EmbeddingArray> out = new LinkedHashMap<>();
    if (names.stream().allMatch(n -> Files.exists(dir.resolve(n + ".npy")))) {
      for (String n : names) {
        try (Tensor t = Tensors.open(dir.resolve(n + ".npy"), null)) {
          out.put(n, new EmbeddingArray(n, Tensors.readMatrix(t), t.shape()));
        }
      }
      log.printf("embeddings from %s%n", dir);
      return out;
    }
    log.println("embedding scenes (patch tokens; captions with all-MiniLM-L6-v2)...");
    Embeddings e = Embeddings.ofScenes(scenes, EmbedOptions.DEFAULTS.withSeed(o.seed()), par, progress);
    try {
      e.write(dir);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot cache the embeddings in " + dir, ex);
    }
    names.forEach(n -> out.put(n, e.get(n)));
    return out;
  }

  /** Per-epoch correctness, EL2N and loss of the probe trained to count each scene's objects. */
  private static ProbeSignals probe(SceneSet scenes, Map<String, EmbeddingArray> emb, DemoOptions o, Parallel par,
      Progress progress, PrintStream log) {
    FloatMatrix x = fused(DemoMethods.ALL, DemoMethods.L2_MEAN, emb, par, progress);
    ProbeSignals s = Probe.signals(x, objectCounts(scenes), ProbeSignalParams.DEFAULTS, o.seed(), progress);
    log.printf("probe: number of objects as %d classes, %d epochs, final training accuracy %.1f%%%n", s.classes(),
        ProbeSignalParams.DEFAULTS.epochs(), s.accuracy());
    return s;
  }

  /**
   * The mean RGB token and the caption embedding in one learned space (see {@link SharedSpace}),
   * trained on the evaluation's training split only, so the held-out pairs never shape it.
   */
  private static Map<String, FloatMatrix> sharedSpace(Map<String, EmbeddingArray> emb, DemoOptions o, Parallel par,
      PrintStream log) {
    FloatMatrix image = pooled(emb.get("image"), par);
    EvaluationParams e = EvaluationParams.DEFAULTS;
    int[] train = HoldoutSplit.of(image.rows(), e.testFraction(), e.splitSeed()).train();
    SharedSpace space = SharedSpace.fit(image, emb.get("text").values(), train, SharedSpace.DEFAULTS, o.seed());
    log.printf("shared space: image and text projected to %d dims by contrastive heads trained on %d pairs%n",
        space.image().cols(), train.length);
    Map<String, FloatMatrix> m = new LinkedHashMap<>();
    m.put("image", space.image());
    m.put("text", space.text());
    return m;
  }

  /** Each scene's number of objects minus the smallest number in the set, so classes start at 0. */
  private static int[] objectCounts(SceneSet scenes) {
    int[] counts = new int[scenes.count()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = scenes.objects().get(i).size();
    }
    int min = java.util.Arrays.stream(counts).min().orElse(0);
    return java.util.Arrays.stream(counts).map(c -> c - min).toArray();
  }

  /** A row's features: its modalities fused, then reduced; shared by its budgets. */
  private static FloatMatrix features(DemoMethods.Row row, Map<String, EmbeddingArray> emb, DemoOptions o,
      Parallel par, Progress progress) {
    FloatMatrix x = fused(row.modalities(), row.fusion(), emb, par, progress);
    Reducer reducer = Reducers.parse(row.reduce());
    return reducer == null ? x : reducer.reduce(x, o.seed(), par, progress);
  }

  private static Selection select(DemoMethods.Row row, FloatMatrix features, ProbeSignals signals,
      Map<String, FloatMatrix> shared, double fraction, DemoOptions o, Parallel par, Progress progress) {
    SelectionContext context = SelectionContext.of(o.seed(), par).withProgress(progress)
        .withScores(signals.el2n()).withEvents(signals.events()).withModalities(shared);
    return row.selector().select(features, Budget.fraction(fraction), context);
  }

  private static FloatMatrix fused(List<String> names, FusionOptions fusion, Map<String, EmbeddingArray> emb,
      Parallel par, Progress progress) {
    return Fusion.fuse(names.stream().map(n -> modality(emb.get(n))).toList(), fusion, par, progress);
  }

  private static Modality modality(EmbeddingArray a) {
    return new Modality(a.name(), new ArrayTensor(a.values(), a.shape()));
  }

  private static FloatMatrix pooled(EmbeddingArray a, Parallel par) {
    return Fusion.fuse(List.of(modality(a)), FusionOptions.DEFAULTS, par, Progress.NONE);
  }

  /** All T tokens of each sample side by side, N x (T D). */
  private static FloatMatrix tokens(EmbeddingArray a, Parallel par) {
    return Fusion.fuse(List.of(modality(a)), FusionOptions.parse("concat", "none", "concat"), par, Progress.NONE);
  }

  private static Path report(DemoOptions o, NoisySceneSet generated, Map<String, EmbeddingArray> emb,
      Map<String, int[]> selections, Map<String, Selection> details, List<EvaluationResult> results,
      CorruptionTable corruption, Parallel par, Progress progress) {
    SceneSet scenes = generated.scenes();
    try {
      Files.createDirectories(o.out());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + o.out(), e);
    }
    FloatMatrix features = fused(DemoMethods.ALL, DemoMethods.L2_MEAN, emb, par, progress);
    FloatMatrix map = new Umap(2).reduce(features, o.seed(), par, progress);
    Report report = new Report("coreset4j demo: " + scenes.count() + (o.clean() ? " clean" : " noisy")
        + " scenes, coresets of " + budgetList(o));
    results.forEach(report::results);
    if (corruption != null) {
      report.corruption(corruption);
    }
    report.coordinates(map);
    double f = o.headline();
    for (String name : List.of("dq-concat", "coincide", "kcenter")) {
      report.highlight(key(name, f, o), selections.get(key(name, f, o)));
    }
    report.groupSizes("dq-concat bins", groupSizes(details.get(key("dq-concat", f, o)).diagnostics().get("bin")));
    report.groupSizes("coincide clusters",
        groupSizes(details.get(key("coincide", f, o)).diagnostics().get("cluster")));
    int[] chosen = selections.get(key("dq-concat", f, o));
    for (int i = 0; i < Math.min(THUMBNAILS, chosen.length); i++) {
      CorruptionKind kind = generated.truth().kind(chosen[i]);
      String note = kind == CorruptionKind.CLEAN ? "" : " [" + kind.word() + "]";
      report.thumbnail(new Thumbnail(chosen[i], scenes.captions().get(chosen[i]) + note, png(scenes, chosen[i])));
    }
    for (EvaluationResult r : results) {
      ResultsJson.write(r, o.out().resolve("results-" + r.task() + ".json"));
      ResultsJson.writeAtomically(o.out().resolve("table-" + r.task() + ".txt"), ResultTable.format(r));
    }
    Path corruptionJson = o.out().resolve("corruption.json");
    if (corruption != null) {
      ResultsJson.writeAtomically(corruptionJson, corruption.json());
    } else {
      try {
        Files.deleteIfExists(corruptionJson); // a noisy run's, which no longer describes this output
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + corruptionJson, e);
      }
    }
    Path out = o.out().resolve("report.html");
    report.write(out);
    return out;
  }

  private static int[] groupSizes(NdArray labels) {
    int[] l = (int[]) labels.data();
    int k = 0;
    for (int v : l) {
      k = Math.max(k, v + 1);
    }
    int[] sizes = new int[k];
    for (int v : l) {
      if (v >= 0) {
        sizes[v]++;
      }
    }
    return sizes;
  }

  private static byte[] png(SceneSet scenes, int i) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      ImageIO.write(SceneFiles.rgbImage(scenes, i), "png", bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
