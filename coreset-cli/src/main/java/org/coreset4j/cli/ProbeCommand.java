package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.evaluation.Probe;
import org.coreset4j.evaluation.ProbeSignalParams;
import org.coreset4j.evaluation.ProbeSignals;
import org.coreset4j.fusion.Fusion;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Modality;
import org.coreset4j.io.AtomicOutput;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.Tensor;
import org.coreset4j.provenance.Manifest;
import org.coreset4j.provenance.PeakMemory;
import org.coreset4j.provenance.StageTimes;
import org.coreset4j.reduction.Reducer;
import org.coreset4j.reduction.Reducers;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coreset probe}: trains the built-in logistic-regression probe on all samples and writes the
 * training signals that {@code forgetting} ({@code --events}) and {@code score}, {@code d2},
 * {@code ccs} ({@code --scores}) read.
 */
@Command(name = "probe", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train the built-in logistic-regression probe on all samples (features as select builds them) "
        + "and write per-sample training signals to a folder:",
        "  events.npy  (N, E) bool: correct after each epoch (for --method forgetting --events)",
        "  el2n.npy    float64[N]: ||softmax - onehot||_2 at --el2n-epoch (for --scores of score, d2, ccs)",
        "  loss.npy    float64[N]: cross-entropy after the last epoch",
        "  manifest.json"})
public final class ProbeCommand implements Callable<Integer> {
  private static final String EVENTS = "events.npy";
  private static final String EL2N = "el2n.npy";
  private static final String LOSS = "loss.npy";
  private static final String MANIFEST = "manifest.json";

  @Mixin FeatureOptions features;

  @Option(names = "--labels", required = true, paramLabel = "PATH[:KEY]",
      description = "N integer class labels 0, 1, ... (at least two classes).")
  String labels;

  @Option(names = "--epochs", description = "Passes over all samples (default 20).") Integer epochs;

  @Option(names = "--el2n-epoch", description = "Epoch after which EL2N is measured (default 2).") Integer el2nEpoch;

  @Option(names = "--el2n-runs", description = "Independently shuffled runs EL2N is averaged over (default 1).")
  Integer el2nRuns;

  @Option(names = "--seed", defaultValue = "0", description = "Seed of the minibatch order (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", description = "Worker threads (default: all processors).") Integer threads;

  @Option(names = "--quiet", description = "No progress bar.") boolean quiet;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
  Path out;

  private final TensorOpener opener;

  public ProbeCommand() {
    this(TensorOpener.DEFAULT);
  }

  public ProbeCommand(TensorOpener opener) {
    this.opener = opener;
  }

  @Override
  public Integer call() {
    OutputDirectory.check("--out", out);
    new OutputFiles.Clashes().inputs(features.refs()).inputSpec("--labels", labels)
        .outputs("--out", out, List.of(EVENTS, EL2N, LOSS, MANIFEST)).check();
    ProbeSignalParams params = params();
    FusionOptions fusion = features.fusion();
    Reducer reducer = Reducers.parse(features.reduce);
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new InvalidInputException("--threads " + workers + " must be at least 1");
    }
    Progress progress = ConsoleProgress.forTerminal(quiet);
    StageTimes times = new StageTimes();
    List<Tensor> open = new ArrayList<>();
    ProbeSignals signals;
    FloatMatrix x;
    List<Manifest.Input> inputs = new ArrayList<>();
    try (Parallel par = new Parallel(workers)) {
      ArrayInputs arrays = new ArrayInputs(opener);
      int[] y = times.time("labels", () -> arrays.labels(labels));
      List<Modality> modalities = times.time("open inputs", () -> {
        List<Modality> m = new ArrayList<>();
        for (InputRef in : features.refs()) {
          Tensor t = opener.open(in.path(), in.key());
          open.add(t);
          m.add(new Modality(in.name(), t));
        }
        return m;
      });
      times.time("hash inputs", () -> {
        for (int i = 0; i < modalities.size(); i++) {
          inputs.add(Manifest.Input.of(modalities.get(i).name(), open.get(i)));
        }
        try (Tensor t = arrays.open(labels)) {
          inputs.add(Manifest.Input.of("labels", t));
        }
        return null;
      });
      FloatMatrix fused = times.time("fuse", () -> Fusion.fuse(modalities, fusion, par, progress));
      x = reducer == null ? fused : times.time("reduce", () -> reducer.reduce(fused, seed, par, progress));
      signals = times.time("train", () -> Probe.signals(x, y, params, seed, progress));
    } finally {
      open.forEach(Tensor::close);
    }
    Manifest manifest = new Manifest(Manifest.SCHEMA_VERSION, "probe", options(params, fusion, workers),
        derived(params, reducer), inputs, Manifest.Software.current(), counts(x, signals, params), times.seconds(),
        PeakMemory.now());
    try (OutputDirectory dir = OutputDirectory.open("--out", out)) {
      NpyWriter.write(dir.file(EVENTS), signals.eventsArray());
      NpyWriter.write(dir.file(EL2N), NdArray.of(signals.el2n()));
      NpyWriter.write(dir.file(LOSS), NdArray.of(signals.loss()));
      AtomicOutput.write(dir.file(MANIFEST), o -> o.write(manifest.toJson().getBytes(StandardCharsets.UTF_8)));
      dir.commit();
    }
    if (!quiet) {
      System.err.printf("probe: %d samples, %d classes, %d epochs, final training accuracy %.1f%% -> %s%n",
          x.rows(), signals.classes(), params.epochs(), signals.accuracy(), out);
    }
    return ExitCodes.OK;
  }

  private ProbeSignalParams params() {
    ProbeSignalParams d = ProbeSignalParams.DEFAULTS;
    return d.with(epochs == null ? d.epochs() : epochs, el2nEpoch == null ? d.el2nEpoch() : el2nEpoch,
        el2nRuns == null ? d.el2nRuns() : el2nRuns);
  }

  private Map<String, Object> options(ProbeSignalParams params, FusionOptions fusion, int workers) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("inputs", features.refs().stream().map(InputRef::toString).toList());
    o.put("tokens", fusion.tokens().toString());
    o.put("normalize", fusion.normalize().toString());
    o.put("fuse", fusion.fuse().toString());
    o.put("reduce", features.reduce);
    o.put("labels", labels);
    o.put("epochs", params.epochs());
    o.put("el2n_epoch", params.el2nEpoch());
    o.put("el2n_runs", params.el2nRuns());
    o.put("seed", seed);
    o.put("threads", workers);
    return o;
  }

  private static Map<String, Object> derived(ProbeSignalParams params, Reducer reducer) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("batch", params.batch());
    d.put("learning_rate", params.learningRate());
    d.put("weight_decay", params.weightDecay());
    if (reducer != null) {
      d.put("reduction", reducer.describe());
    }
    return d;
  }

  private static Map<String, Object> counts(FloatMatrix x, ProbeSignals signals, ProbeSignalParams params) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("samples", x.rows());
    c.put("feature_dims", x.cols());
    c.put("classes", signals.classes());
    c.put("epochs", params.epochs());
    c.put("final_training_accuracy_percent", signals.accuracy());
    return c;
  }
}
