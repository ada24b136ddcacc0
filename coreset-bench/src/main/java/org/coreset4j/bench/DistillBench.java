package org.coreset4j.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.distill.DistillParams;
import org.coreset4j.distill.DistillResult;
import org.coreset4j.distill.Distillation;
import org.coreset4j.distill.Trajectories;
import org.coreset4j.evaluation.Evaluation;
import org.coreset4j.evaluation.EvaluationParams;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.HoldoutSplit;
import org.coreset4j.evaluation.Probe;
import org.coreset4j.evaluation.ProbeSignalParams;
import org.coreset4j.evaluation.ResultTable;
import org.coreset4j.evaluation.SyntheticPairs;
import org.coreset4j.evaluation.TaskSpec;
import org.coreset4j.fusion.Fusion;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Modality;
import org.coreset4j.io.ArrayTensor;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Vision-language distillation benchmarks.
 *
 * <p>{@code perf N D_IMAGE D_TEXT M ITERATIONS [THREADS [METHOD]]}: expert training (trajectory method,
 * the default) and distillation wall time on clustered data (text = a noisy linear map of the image
 * rows), and peak RSS.
 *
 * <p>{@code table EMBEDDINGS_DIR [ITERATIONS] [SEEDS]}: the seed-002 table on the built-in scenes
 * (image.npy tokens mean-pooled, text.npy MiniLM captions): distilled sets and random, herding and
 * k-center coresets of 100, 200, 500 and 1,000 pairs, all drawn from the training part of evaluate's
 * split only, fresh heads trained SEEDS times, R@1/5/10 both ways on the held-out part. M pairs get
 * max(20, ITERATIONS * 100 / M) iterations, since an iteration costs O(M^2) beyond the Gram matrices.
 */
public final class DistillBench {
  private static final int[] SIZES = {100, 200, 500, 1000};

  private DistillBench() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("perf")) {
      perf(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
          Integer.parseInt(args[4]), Integer.parseInt(args[5]),
          args.length > 6 ? Integer.parseInt(args[6]) : Runtime.getRuntime().availableProcessors(),
          args.length > 7 ? args[7] : DistillParams.TRAJECTORY);
    } else {
      table(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : DistillParams.DEFAULTS.iterations(),
          args.length > 3 ? Integer.parseInt(args[3]) : 5, args.length > 4 ? Path.of(args[4]) : null);
    }
  }

  private static void perf(int n, int du, int dv, int m, int iterations, int threads, String method) {
    FloatMatrix image = BenchData.clustered(n, du, 1, 50);
    FloatMatrix text = noisyMap(image, dv, 2);
    DistillParams params = DistillParams.DEFAULTS.withPairs(m).withIterations(iterations).withMethod(method);
    System.out.printf("distill perf: N %d, D %d + %d, M %d, %d iterations, %d threads, %s%n", n, du, dv, m,
        iterations, threads, params);
    try (Parallel par = new Parallel(threads)) {
      long t0 = System.nanoTime();
      double c0 = cpuSeconds();
      Trajectories experts = method.equals(DistillParams.TRAJECTORY)
          ? Distillation.experts(image, text, params, par, Progress.NONE) : null;
      long t1 = System.nanoTime();
      double c1 = cpuSeconds();
      DistillResult r = Distillation.run(image, text, experts, params, par, Progress.NONE);
      long t2 = System.nanoTime();
      double c2 = cpuSeconds();
      System.out.printf("experts %.1f s wall (%.1f s CPU), distillation %.1f s wall (%.1f s CPU; %.1f ms wall per "
          + "iteration), step size %.4g, loss first %.4f, mean of last 50 %.4f%n", (t1 - t0) / 1e9, c1 - c0,
          (t2 - t1) / 1e9, c2 - c1, (t2 - t1) / 1e6 / iterations, r.stepSize(), r.loss()[0], meanOfLast(r.loss(), 50));
    }
    System.out.printf("peak RSS %d MiB, heap max %d MiB%n", BenchData.peakRssMiB(),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /**
   * The seed-002-style table. With {@code labels} (the scenes' labels.npy: object counts per
   * shape) a forgetting row is added, from probe events with the number of objects as the class;
   * with 0 iterations only the coresets are evaluated (same split and seeds, so the rows match).
   */
  private static void table(Path dir, int iterations, int seeds, Path labels) {
    FloatMatrix image = pooled(dir.resolve("image.npy"));
    FloatMatrix text;
    try (Tensor t = Tensors.open(dir.resolve("text.npy"), null)) {
      text = Tensors.readMatrix(t);
    }
    int n = image.rows();
    EvaluationParams eval = EvaluationParams.DEFAULTS.withSeeds(seeds);
    int[] train = HoldoutSplit.of(n, eval.testFraction(), eval.splitSeed()).train();
    FloatMatrix trainImage = image.gather(train);
    FloatMatrix trainText = text.gather(train);
    Map<String, FloatMatrix> inputs = new LinkedHashMap<>();
    inputs.put("image", image);
    inputs.put("text", text);
    System.out.printf("scenes: N %d (train %d), image %d dims, text %d dims; %d iterations; %d seeds%n", n,
        train.length, image.cols(), text.cols(), iterations, seeds);
    try (Parallel par = Parallel.defaults()) {
      FloatMatrix features = Fusion.fuse(List.of(new Modality("image", ArrayTensor.of(trainImage)),
          new Modality("text", ArrayTensor.of(trainText))), FusionOptions.parse("mean", "l2", "concat"), par,
          Progress.NONE);
      DistillParams params = DistillParams.DEFAULTS.withIterations(Math.max(1, iterations));
      long t0 = System.nanoTime();
      Trajectories experts = iterations == 0 ? null
          : Distillation.experts(trainImage, trainText, params, par, Progress.NONE);
      System.out.printf("experts %.1f s%n", (System.nanoTime() - t0) / 1e9);
      SelectionContext context = SelectionContext.of(0, par);
      List<String> methods = new java.util.ArrayList<>(List.of("herding", "kcenter"));
      if (labels != null) {
        int[] classes = objectCounts(labels, train);
        context = context.withEvents(Probe.signals(features, classes, ProbeSignalParams.DEFAULTS, 0,
            Progress.NONE).events());
        methods.add("forgetting");
      }
      Map<String, int[]> selections = new LinkedHashMap<>();
      Map<String, SyntheticPairs> distilled = new LinkedHashMap<>();
      for (int m : SIZES) {
        for (String method : methods) {
          int[] picked = Selectors.create(method, MethodOptions.empty())
              .select(features, Budget.size(m), context).indices();
          int[] rows = new int[m];
          for (int i = 0; i < m; i++) {
            rows[i] = train[picked[i]];
          }
          selections.put(method + "@" + m, rows);
        }
        if (experts == null) {
          continue;
        }
        long t1 = System.nanoTime();
        int its = Math.max(20, iterations * SIZES[0] / m);
        DistillResult r = Distillation.run(trainImage, trainText, experts, params.withPairs(m).withIterations(its),
            par, Progress.NONE);
        System.out.printf("distilled %d pairs, %d iterations, in %.1f s (step size %.4g, loss %.4f -> %.4f)%n", m,
            its, (System.nanoTime() - t1) / 1e9, r.stepSize(), r.loss()[0], meanOfLast(r.loss(), 10));
        distilled.put("distilled@" + m, new SyntheticPairs(r.image(), r.text()));
      }
      EvaluationResult result = Evaluation.run(inputs, new TaskSpec.Retrieval("image", "text"), selections,
          distilled, Map.of(), eval, par, Progress.NONE);
      System.out.println(ResultTable.format(result));
    }
    System.out.printf("peak RSS %d MiB%n", BenchData.peakRssMiB());
  }

  /** Number of objects per scene (the row sums of labels.npy) of the training rows, as classes from 0. */
  private static int[] objectCounts(Path labels, int[] train) {
    FloatMatrix counts;
    try (Tensor t = Tensors.open(labels, null)) {
      counts = Tensors.readMatrix(t);
    }
    int[] out = new int[train.length];
    int min = Integer.MAX_VALUE;
    for (int i = 0; i < train.length; i++) {
      float[] row = counts.row(train[i]);
      int total = 0;
      for (float c : row) {
        total += Math.round(c);
      }
      out[i] = total;
      min = Math.min(min, total);
    }
    for (int i = 0; i < out.length; i++) {
      out[i] -= min;
    }
    return out;
  }

  static FloatMatrix pooled(Path path) {
    try (Tensor t = Tensors.open(path, null)) {
      return Fusion.fuse(List.of(new Modality("image", t)), FusionOptions.parse("mean", "none", "concat"),
          new Parallel(1), Progress.NONE);
    }
  }

  /** Rows x W + 0.3 noise for a fixed Gaussian W (d_in x d_out). */
  private static FloatMatrix noisyMap(FloatMatrix x, int dOut, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int d = x.cols();
    float[] w = new float[d * dOut];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) r.nextGaussian();
    }
    FloatMatrix out = FloatMatrix.allocate(x.rows(), dOut);
    float[] row = new float[d];
    float[] o = new float[dOut];
    for (int i = 0; i < x.rows(); i++) {
      x.copyRow(i, row);
      java.util.Arrays.fill(o, 0);
      for (int k = 0; k < d; k++) {
        for (int j = 0; j < dOut; j++) {
          o[j] += row[k] * w[k * dOut + j];
        }
      }
      for (int j = 0; j < dOut; j++) {
        o[j] += 0.3f * (float) r.nextGaussian();
      }
      out.setRow(i, o);
    }
    return out;
  }

  /** CPU time of this process so far (all threads), for runs on a machine shared with other work. */
  private static double cpuSeconds() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  private static double meanOfLast(double[] x, int k) {
    double s = 0;
    int from = Math.max(0, x.length - k);
    for (int i = from; i < x.length; i++) {
      s += x[i];
    }
    return s / (x.length - from);
  }
}
