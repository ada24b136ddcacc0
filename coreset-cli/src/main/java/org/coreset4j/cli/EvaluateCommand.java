package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.evaluation.Evaluation;
import org.coreset4j.evaluation.EvaluationParams;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.ResultTable;
import org.coreset4j.evaluation.VerdictMatrix;
import org.coreset4j.evaluation.ResultsJson;
import org.coreset4j.evaluation.SyntheticPairs;
import org.coreset4j.evaluation.TaskSpec;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coreset evaluate}: trains small models on each selection and prints the retention table. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluate selections by training a small model on each (plus full and random) and scoring it "
        + "on a fixed held-out split that is never trained on.",
        "Selections index all N samples; each trains on its samples in the training split."})
public final class EvaluateCommand implements Callable<Integer> {
  private static final String RECORDED = "recorded";
  private static final String STANDARD = "standard";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Each modality is pooled and normalised as {@code select} does, then used on its own or side by side. */
  @Mixin ModalityOptions modalities = new ModalityOptions();

  @Option(names = "--task", required = true, description = "depth | retrieval | classify.")
  String task;

  @Option(names = "--target", paramLabel = "PATH[:KEY]", description = "depth: the (N, H, W) depth maps.")
  String target;

  @Option(names = "--pair", paramLabel = "IMAGE,TEXT", description = "retrieval: the two paired inputs.")
  String pair;

  @Option(names = "--labels", paramLabel = "PATH[:KEY]", description = "classify: N integer labels.")
  String labels;

  @Option(names = "--selection", paramLabel = "NAME=PATH",
      description = "Selected indices (.npy or .txt); repeatable. Names full and random* are reserved. "
          + "One method at several budgets: name its selections NAME@K (K their size), e.g. dq@100, dq@200; "
          + "a verdict table per method and budget follows the main table.")
  List<String> selections = new ArrayList<>();

  @Option(names = "--synthetic", paramLabel = "NAME=DIR",
      description = "retrieval: a distilled set, DIR/IMAGE.npy and DIR/TEXT.npy named after --pair (rows used as "
          + "they are, not pooled or normalised); repeatable.")
  List<String> synthetic = new ArrayList<>();

  @Option(names = "--synthetic-protocol", defaultValue = RECORDED, paramLabel = "recorded|standard",
      description = "How --synthetic sets are trained: recorded = the protocol their manifest records (distill's "
          + "student: full-batch SGD at the learned step size and temperature, in the distiller's standardisation; "
          + "sets without one get standard), standard = as a selection of their size (default: ${DEFAULT-VALUE}).")
  String syntheticProtocol;

  @Option(names = "--selection-time", paramLabel = "NAME=SECONDS",
      description = "Wall time a selection took, for the time-against-retention chart; repeatable.")
  Map<String, Double> selectionTimes = new LinkedHashMap<>();

  @Option(names = "--seeds", description = "Training runs per subset, paired across subsets by seed "
      + "(default 10; the verdict's 95%% interval needs at least 2).")
  Integer seeds;

  @Option(names = "--seed", description = "First model seed (default 0).")
  Long seed;

  @Option(names = "--threads", description = "Worker threads (default: all processors).")
  Integer threads;

  @Option(names = "--json", paramLabel = "PATH", description = "Write the results as JSON.")
  Path json;

  @Option(names = "--report", paramLabel = "PATH", description = "Write an HTML report.")
  Path report;

  @Mixin ReportOptions reportOptions = new ReportOptions();

  private final TensorOpener opener;

  public EvaluateCommand() {
    this(TensorOpener.DEFAULT);
  }

  public EvaluateCommand(TensorOpener opener) {
    this.opener = opener;
  }

  @Override
  public Integer call() {
    TaskSpec.checkName(task);
    checkOutputs();
    ArrayInputs arrays = new ArrayInputs(opener);
    FusionOptions pipeline = modalities.fusion(FuseMode.CONCAT);
    EvaluationResult result;
    Map<String, int[]> chosen = new LinkedHashMap<>();
    try (Parallel par = threads == null ? Parallel.defaults() : new Parallel(checkedThreads())) {
      Map<String, FloatMatrix> features = arrays.features(modalities.refs(), pipeline, par);
      TaskSpec taskSpec = taskSpec(arrays);
      ArrayInputs.named("--selection", selections).forEach((name, path) -> chosen.put(name, arrays.selection(path)));
      for (String name : selectionTimes.keySet()) {
        if (!chosen.containsKey(name)) {
          throw new InvalidInputException("--selection-time names " + name + ", which is not a --selection");
        }
      }
      Map<String, SyntheticPairs> distilled = synthetic(arrays, taskSpec);
      result = Evaluation.run(features, taskSpec, chosen, distilled, selectionTimes, params(), par, Progress.NONE);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(ResultTable.format(result));
    if (VerdictMatrix.of(result).budgets().size() > 1) {
      out.print(System.lineSeparator() + ResultTable.verdicts(result));
    }
    out.flush();
    if (json != null) {
      ResultsJson.write(result, json);
    }
    if (report != null) {
      reportOptions.build(List.of(result), chosen, arrays).write(report);
    }
    return ExitCodes.OK;
  }

  /** No output may replace a file this run reads, or the other output. */
  private void checkOutputs() {
    OutputFiles.Clashes files = reportOptions.inputs(new OutputFiles.Clashes().inputs(modalities.refs()))
        .inputSpec("--target", target).inputSpec("--labels", labels);
    ArrayInputs.named("--selection", selections).values().forEach(spec -> files.inputSpec("--selection", spec));
    String[] pairNames = pair == null ? new String[0] : pair.split(",", -1);
    for (String folder : ArrayInputs.named("--synthetic", synthetic).values()) {
      for (String name : pairNames) {
        files.input("--synthetic", Path.of(folder, name.strip() + ".npy"));
      }
    }
    files.output("--json", json).output("--report", report).check();
  }

  private TaskSpec taskSpec(ArrayInputs arrays) {
    return switch (task) {
      case "depth" -> arrays.depth(required("--target", target));
      case "retrieval" -> {
        String[] names = required("--pair", pair).split(",", -1);
        if (names.length != 2) {
          throw new InvalidInputException("--pair " + pair + " must be two input names separated by a comma");
        }
        yield new TaskSpec.Retrieval(names[0].strip(), names[1].strip());
      }
      default -> new TaskSpec.Classify(arrays.labels(required("--labels", labels)));
    };
  }

  private Map<String, SyntheticPairs> synthetic(ArrayInputs arrays, TaskSpec taskSpec) {
    Map<String, SyntheticPairs> out = new LinkedHashMap<>();
    if (synthetic.isEmpty()) {
      return out;
    }
    if (!(taskSpec instanceof TaskSpec.Retrieval r)) {
      throw new InvalidInputException("--synthetic sets can only be evaluated with --task retrieval");
    }
    if (!syntheticProtocol.equals(RECORDED) && !syntheticProtocol.equals(STANDARD)) {
      throw new InvalidInputException("--synthetic-protocol " + syntheticProtocol + " is not one of " + RECORDED
          + ", " + STANDARD);
    }
    ArrayInputs.named("--synthetic", synthetic).forEach((name, folder) -> {
      SyntheticPairs.Recorded recorded = syntheticProtocol.equals(RECORDED)
          ? DistilledProtocol.read(name, Path.of(folder)) : null;
      try {
        out.put(name, new SyntheticPairs(arrays.matrix("--synthetic", Path.of(folder, r.image() + ".npy").toString()),
            arrays.matrix("--synthetic", Path.of(folder, r.text() + ".npy").toString()), recorded));
      } catch (InvalidInputException e) {
        throw new InvalidInputException("--synthetic " + name + "=" + folder + ": " + e.getMessage());
      }
    });
    return out;
  }

  private String required(String option, String value) {
    if (value == null) {
      throw new InvalidInputException("--task " + task + " needs " + option);
    }
    return value;
  }

  private int checkedThreads() {
    if (threads < 1) {
      throw new InvalidInputException("--threads " + threads + " must be at least 1");
    }
    return threads;
  }

  private EvaluationParams params() {
    EvaluationParams d = EvaluationParams.DEFAULTS;
    return new EvaluationParams(seeds == null ? d.seeds() : seeds, seed == null ? d.seed() : seed, d.testFraction(),
        d.splitSeed(), d.ridge(), d.contrastive(), d.probe());
  }
}
