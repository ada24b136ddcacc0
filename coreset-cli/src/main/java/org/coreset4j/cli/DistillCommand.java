package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.distill.DistillParams;
import org.coreset4j.distill.DistillResult;
import org.coreset4j.distill.Distillation;
import org.coreset4j.distill.Trajectories;
import org.coreset4j.evaluation.EvaluationParams;
import org.coreset4j.evaluation.HoldoutSplit;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.io.AtomicOutput;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.NpzWriter;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.provenance.Manifest;
import org.coreset4j.provenance.PeakMemory;
import org.coreset4j.provenance.StageTimes;
import org.coreset4j.util.Parallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coreset distill}: M synthetic (image, text) embedding pairs by bi-trajectory or statistics matching; writes
 * DIR/IMAGE.npy, DIR/TEXT.npy, DIR/step_size.txt (trajectory method), DIR/nearest.npz,
 * DIR/standardization.npz and DIR/manifest.json (with the training protocol the set is made for, see
 * {@link DistilledProtocol}), all or nothing.
 */
@Command(name = "distill", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Distil M synthetic (image, text) embedding pairs by bi-trajectory matching of linear "
        + "contrastive heads, or by matching the data's moments (--method covariance).",
        "The first --input is the image modality, the second the text modality."})
public final class DistillCommand implements Callable<Integer> {
  private static final DistillParams D = DistillParams.DEFAULTS;

  @Mixin ModalityOptions modalities = new ModalityOptions();

  @Option(names = "--pairs", required = true, description = "Number M of synthetic pairs (at most N).") int pairs;

  @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).") long seed;

  @Option(names = "--method", defaultValue = DistillParams.TRAJECTORY,
      description = "trajectory (bi-trajectory matching) or covariance (match means, second moments and the "
          + "image-text cross moment; no experts) (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--experts", description = "Expert trajectories (default 3).") Integer experts;

  @Option(names = "--expert-epochs", description = "Epochs per expert (default 10).") Integer expertEpochs;

  @Option(names = "--expert-lr", description = "Expert SGD step, also the initial student step (default 0.5).")
  Double expertLr;

  @Option(names = "--syn-steps", description = "Student steps per match (default 10).") Integer synSteps;

  @Option(names = "--expert-epochs-per-match", description = "Expert epochs matched (default 2).")
  Integer epochsPerMatch;

  @Option(names = "--max-start-epoch", description = "Latest expert epoch a match starts from (default 5; 0, the "
      + "first epochs only, makes 10 pairs much better: docs/DISTILLATION.md).")
  Integer maxStartEpoch;

  @Option(names = "--iterations", description = "Distillation iterations (default 1000).") Integer iterations;

  @Option(names = "--syn-lr", description = "Adam rate of the synthetic rows (default 0.01).") Double synLr;

  @Option(names = "--step-lr", description = "Adam rate of the log step size (default 0.01).") Double stepLr;

  @Option(names = "--temperature", description = "Temperature of the experts' and the student's logits "
      + "(default 0.2; evaluate trains at 0.07).")
  Double temperature;

  @Option(names = "--learn-temperature", description = "Learn the student's temperature with the synthetic pairs and "
      + "the step size (trajectory method; starts at --temperature, the experts keep it; default off).")
  boolean learnTemperature;

  @Option(names = "--head-rank", defaultValue = "0",
      description = "Rank r of low-rank heads W0 + B A (only B, A trained and matched); default 0 = full heads.")
  int headRank;

  @Option(names = "--trajectories", paramLabel = "DIR",
      description = "Expert trajectories: reused when DIR holds them (same data and settings), else trained and saved.")
  Path trajectories;

  @Option(names = "--holdout", defaultValue = "0", paramLabel = "FRACTION",
      description = "Leave out the held-out split that 'coreset evaluate' scores on (0.2 there); default 0 = use all.")
  double holdout;

  @Option(names = "--threads", description = "Worker threads (default: all processors).") Integer threads;

  @Option(names = "--quiet", description = "No progress bar.") boolean quiet;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (new or empty).")
  Path out;

  @Override
  public Integer call() {
    StageTimes times = new StageTimes();
    DistillParams params = params();
    boolean covariance = params.method().equals(DistillParams.COVARIANCE);
    if (covariance && trajectories != null) {
      throw new InvalidInputException("--trajectories is for --method trajectory; covariance trains no experts");
    }
    if (covariance && learnTemperature) {
      throw new InvalidInputException("--learn-temperature is for --method trajectory; covariance has no student");
    }
    List<InputRef> refs = modalities.refs();
    if (refs.size() != 2) {
      throw new InvalidInputException("--input must be given twice (image, then text), got " + refs.size());
    }
    checkOut();
    OutputFiles.Clashes files = new OutputFiles.Clashes().inputs(refs);
    if (trajectories != null) {
      files.outputs("--trajectories", trajectories, Trajectories.fileNames(params.experts()));
    }
    files.outputFolder("--out", out).check();
    if (holdout < 0 || holdout >= 1) {
      throw new InvalidInputException("--holdout " + holdout + " must be in [0, 1)");
    }
    try (Parallel par = threads == null ? Parallel.defaults() : new Parallel(checkedThreads())) {
      Map<String, FloatMatrix> features = times.time("read inputs", () ->
          new ArrayInputs(TensorOpener.DEFAULT).features(refs, modalities.fusion(FuseMode.CONCAT), par));
      String imageName = refs.get(0).name();
      String textName = refs.get(1).name();
      FloatMatrix image = features.get(imageName);
      FloatMatrix text = features.get(textName);
      int[] rows = trainingRows(image.rows(), text.rows());
      FloatMatrix trainImage = rows == null ? image : image.gather(rows);
      FloatMatrix trainText = rows == null ? text : text.gather(rows);
      Trajectories ready = covariance ? null : experts(trainImage, trainText, params, par, times);
      DistillResult r = times.time("distill", () ->
          Distillation.run(trainImage, trainText, ready, params, par, ConsoleProgress.forTerminal(quiet)));
      Manifest manifest = manifest(params, refs, r, rows, trainImage.rows(), times);
      write(r, imageName, textName, rows, manifest);
      if (!quiet) {
        System.err.printf("distilled %,d pairs from %,d by %s (student step %.4g, temperature %.4g, loss %.4f -> "
            + "%.4f) -> %s%n", pairs, trainImage.rows(), method, r.student().stepSize(), r.student().temperature(),
            r.loss().length > 0 ? r.loss()[0] : Double.NaN,
            r.loss().length > 0 ? r.loss()[r.loss().length - 1] : Double.NaN, out);
      }
    }
    return ExitCodes.OK;
  }

  /** The trajectories in --trajectories when they fit, else trained (and saved there when given). */
  private Trajectories experts(FloatMatrix image, FloatMatrix text, DistillParams params, Parallel par,
      StageTimes times) {
    Trajectories.TrajectoryInfo info = Distillation.trajectoryInfo(image, text, params);
    if (trajectories != null && Trajectories.existIn(trajectories)) {
      return Trajectories.load(trajectories, info);
    }
    Trajectories experts = times.time("experts", () ->
        Distillation.experts(image, text, params, par, ConsoleProgress.forTerminal(quiet)));
    if (trajectories != null) {
      experts.save(trajectories);
    }
    return experts;
  }

  private DistillParams params() {
    return new DistillParams(pairs, seed, or(experts, D.experts()), or(expertEpochs, D.expertEpochs()),
        or(expertLr, D.expertLr()), D.expertBatch(), or(synSteps, D.synSteps()), or(epochsPerMatch,
        D.epochsPerMatch()), or(maxStartEpoch, D.maxStartEpoch()), or(iterations, D.iterations()),
        or(synLr, D.synLr()), or(stepLr, D.stepLr()), D.headDim(), or(temperature, D.temperature()), headRank,
        method, learnTemperature);
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  /** The training part of evaluate's split (null: all rows). */
  private int[] trainingRows(int imageRows, int textRows) {
    if (holdout == 0 || imageRows != textRows) {
      return null;
    }
    return HoldoutSplit.of(imageRows, holdout, EvaluationParams.DEFAULTS.splitSeed()).train();
  }

  private void checkOut() {
    Path parent = out.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InvalidInputException("--out " + out + ": directory " + parent + " does not exist");
    }
    if (Files.exists(out)) {
      try (Stream<Path> entries = Files.isDirectory(out) ? Files.list(out) : null) {
        if (entries == null || entries.findAny().isPresent()) {
          throw new InvalidInputException("--out " + out + " exists and is not an empty folder");
        }
      } catch (IOException e) {
        throw new InvalidInputException("--out " + out + " cannot be read (" + e.getMessage() + ")");
      }
    }
  }

  /** Everything into a temporary sibling folder, renamed to --out once complete. */
  private void write(DistillResult r, String imageName, String textName, int[] rows, Manifest manifest) {
    Path abs = out.toAbsolutePath();
    Path temp = abs.resolveSibling("." + abs.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(temp);
      NpyWriter.write(temp.resolve(imageName + ".npy"), r.image());
      NpyWriter.write(temp.resolve(textName + ".npy"), r.text());
      if (hasStep(r)) {
        AtomicOutput.write(temp.resolve("step_size.txt"),
            o -> o.write((r.stepSize() + "\n").getBytes(StandardCharsets.US_ASCII)));
      }
      Map<String, NdArray> nearest = new LinkedHashMap<>();
      nearest.put(imageName, DistillResult.nearestArray(original(r.nearestImage(), rows)));
      nearest.put(textName, DistillResult.nearestArray(original(r.nearestText(), rows)));
      NpzWriter.write(temp.resolve("nearest.npz"), nearest);
      DistilledProtocol.writeStandardization(temp.resolve(DistilledProtocol.STANDARDIZATION), r);
      AtomicOutput.write(temp.resolve("manifest.json"),
          o -> o.write(manifest.toJson().getBytes(StandardCharsets.UTF_8)));
      Files.deleteIfExists(abs);
      Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      OutputFiles.deleteTree(temp);
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      OutputFiles.deleteTree(temp);
      throw e;
    }
  }

  /** Trajectory matching learns a student step size; statistics matching has none. */
  private static boolean hasStep(DistillResult r) {
    return !Double.isNaN(r.stepSize());
  }

  /** Indices into the training rows mapped back to indices into all N samples. */
  private static long[] original(long[] indices, int[] rows) {
    long[] outIdx = indices.clone();
    if (rows != null) {
      for (int i = 0; i < outIdx.length; i++) {
        outIdx[i] = rows[(int) outIdx[i]];
      }
    }
    return outIdx;
  }

  private Manifest manifest(DistillParams params, List<InputRef> refs, DistillResult r, int[] rows, int trainingPairs,
      StageTimes times) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("params", params);
    options.put("tokens", modalities.tokens);
    options.put("normalize", modalities.normalize);
    options.put("holdout", holdout);
    options.put("trajectories", trajectories == null ? null : trajectories.toString());
    Map<String, Object> derived = new LinkedHashMap<>();
    derived.put("step_size", hasStep(r) ? r.stepSize() : null);
    derived.put(DistilledProtocol.KEY, DistilledProtocol.describe(r, params.method()));
    derived.put("initial_rows", original(java.util.Arrays.stream(r.initialRows()).asLongStream().toArray(), rows));
    derived.put("loss_first", r.loss().length > 0 ? r.loss()[0] : null);
    derived.put("loss_last", r.loss().length > 0 ? r.loss()[r.loss().length - 1] : null);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("training_pairs", trainingPairs);
    counts.put("synthetic_pairs", r.image().rows());
    counts.put("image_dims", r.image().cols());
    counts.put("text_dims", r.text().cols());
    return new Manifest(Manifest.SCHEMA_VERSION, "distill", options, derived, describe(refs),
        Manifest.Software.current(), counts, times.seconds(), PeakMemory.now());
  }

  private static List<Manifest.Input> describe(List<InputRef> refs) {
    List<Manifest.Input> inputs = new ArrayList<>();
    for (InputRef ref : refs) {
      try (Tensor t = Tensors.open(ref.path(), ref.key())) {
        inputs.add(Manifest.Input.of(ref.name(), t));
      }
    }
    return inputs;
  }

  private int checkedThreads() {
    if (threads < 1) {
      throw new InvalidInputException("--threads " + threads + " must be at least 1");
    }
    return threads;
  }
}
