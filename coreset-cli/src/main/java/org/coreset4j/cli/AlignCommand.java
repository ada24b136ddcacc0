package org.coreset4j.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.align.SharedSpace;
import org.coreset4j.cli.common.ExitCodes;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.evaluation.EvaluationParams;
import org.coreset4j.evaluation.HoldoutSplit;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.io.AtomicOutput;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.Tensor;
import org.coreset4j.nn.ContrastiveParams;
import org.coreset4j.provenance.Manifest;
import org.coreset4j.provenance.PeakMemory;
import org.coreset4j.provenance.StageTimes;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coreset align}: projects two modalities into one learned space (see {@link SharedSpace}) and
 * writes DIR/A.npy and DIR/B.npy (N x dim float32, unit rows, named after the inputs) and
 * DIR/manifest.json, all or nothing.
 */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Learn a shared space for two modalities that no single model embedded (for example "
        + "image patch tokens and MiniLM captions): linear contrastive heads trained on the pairs project "
        + "both, so --method clipscore, negclip, normsim and vas can compare them.",
        "Writes DIR/A.npy and DIR/B.npy (N x dim, unit rows, named after the two inputs) and DIR/manifest.json."})
public final class AlignCommand implements Callable<Integer> {
  private static final ContrastiveParams D = SharedSpace.DEFAULTS;
  private static final String MANIFEST = "manifest.json";

  @Mixin ModalityOptions modalities = new ModalityOptions();

  @Option(names = "--dim", description = "Dimension of the shared space (default 64).") Integer dim;

  @Option(names = "--steps", description = "Adam steps (default 1000).") Integer steps;

  @Option(names = "--batch", description = "Pairs per step (default 256).") Integer batch;

  @Option(names = "--lr", description = "Adam learning rate (default 0.005).") Double lr;

  @Option(names = "--temperature", description = "Softmax temperature of the contrastive loss (default 0.07).")
  Double temperature;

  @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).") long seed;

  @Option(names = "--holdout", defaultValue = "0", paramLabel = "FRACTION",
      description = "Train without the held-out split that 'coreset evaluate' scores on (0.2 there), so the "
          + "evaluation's pairs never shape the space; default 0 = train on all pairs. Every row is projected.")
  double holdout;

  @Option(names = "--threads", description = "Worker threads for reading and pooling (default: all processors).")
  Integer threads;

  @Option(names = "--quiet", description = "No summary line.") boolean quiet;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
  Path out;

  @Override
  public Integer call() {
    List<InputRef> refs = modalities.refs();
    if (refs.size() != 2) {
      throw new InvalidInputException("--input must be given twice (the two modalities), got " + refs.size());
    }
    if (holdout < 0 || holdout >= 1) {
      throw new InvalidInputException("--holdout " + holdout + " must be in [0, 1)");
    }
    ContrastiveParams params = new ContrastiveParams(or(dim, D.dim()), or(temperature, D.temperature()),
        or(steps, D.steps()), or(batch, D.batch()), or(lr, D.learningRate()));
    OutputDirectory.check("--out", out);
    String first = refs.get(0).name();
    String second = refs.get(1).name();
    new OutputFiles.Clashes().inputs(refs).outputs("--out", out, List.of(first + ".npy", second + ".npy", MANIFEST))
        .check();
    StageTimes times = new StageTimes();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new InvalidInputException("--threads " + workers + " must be at least 1");
    }
    SharedSpace space;
    List<Manifest.Input> inputs = new ArrayList<>();
    int[] rows;
    try (Parallel par = new Parallel(workers)) {
      Map<String, FloatMatrix> features = times.time("read inputs", () ->
          new ArrayInputs(TensorOpener.DEFAULT).features(refs, modalities.fusion(FuseMode.CONCAT), par));
      FloatMatrix a = features.get(first);
      FloatMatrix b = features.get(second);
      rows = holdout == 0 ? IntStream.range(0, a.rows()).toArray()
          : HoldoutSplit.of(a.rows(), holdout, EvaluationParams.DEFAULTS.splitSeed()).train();
      space = times.time("train", () -> SharedSpace.fit(a, b, rows, params, seed));
      for (InputRef ref : refs) {
        try (Tensor t = TensorOpener.DEFAULT.open(ref.path(), ref.key())) {
          inputs.add(Manifest.Input.of(ref.name(), t));
        }
      }
    }
    Manifest manifest = new Manifest(Manifest.SCHEMA_VERSION, "align", options(params), Map.of(), inputs,
        Manifest.Software.current(), counts(space, rows.length), times.seconds(), PeakMemory.now());
    try (OutputDirectory dir = OutputDirectory.open("--out", out)) {
      NpyWriter.write(dir.file(first + ".npy"), space.image());
      NpyWriter.write(dir.file(second + ".npy"), space.text());
      AtomicOutput.write(dir.file(MANIFEST), o -> o.write(manifest.toJson().getBytes(StandardCharsets.UTF_8)));
      dir.commit();
    }
    if (!quiet) {
      System.err.printf("aligned %s and %s: %,d pairs trained, %,d rows projected to %d dims -> %s%n", first, second,
          rows.length, space.image().rows(), params.dim(), out);
    }
    return ExitCodes.OK;
  }

  private Map<String, Object> options(ContrastiveParams params) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("params", params);
    o.put("seed", seed);
    o.put("holdout", holdout);
    o.put("tokens", modalities.tokens);
    o.put("normalize", modalities.normalize);
    return o;
  }

  private static Map<String, Object> counts(SharedSpace space, int trained) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("rows", space.image().rows());
    c.put("training_pairs", trained);
    c.put("dims", space.image().cols());
    return c;
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
