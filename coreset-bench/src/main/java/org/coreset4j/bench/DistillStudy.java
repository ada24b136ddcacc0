package org.coreset4j.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import org.coreset4j.bench.StudyProtocols.StudySet;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.distill.DistillParams;
import org.coreset4j.distill.DistillResult;
import org.coreset4j.distill.Distillation;
import org.coreset4j.distill.Trajectories;
import org.coreset4j.evaluation.EvaluationParams;
import org.coreset4j.evaluation.HoldoutSplit;
import org.coreset4j.evaluation.Paired;
import org.coreset4j.evaluation.SyntheticPairs;
import org.coreset4j.fusion.Fusion;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Modality;
import org.coreset4j.io.ArrayTensor;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.nn.StudentParams;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.coreset4j.util.Sampling;
import org.coreset4j.util.Seeds;

/**
 * Why distilled pairs do or do not beat real ones (issue 16): every set is trained and scored under
 * both protocols of {@link StudyProtocols}, once per seed s = 0..SEEDS-1 (random draw s, distillation
 * seed s, model seed s; herding and k-center are fixed), so all rows are paired by seed.
 *
 * <p>{@code sizes EMBEDDINGS_DIR SEEDS ITERATIONS [TEMPERATURE [SIZES]]}: trajectory- and
 * covariance-distilled sets, random, herding and k-center subsets of SIZES pairs (default
 * 10,50,100,500) plus random subsets of 1,000, with paired 95% intervals of each distilled set
 * against random and the coresets of its size and random of ten times its size. Trajectory matching
 * gets ITERATIONS iterations up to 100 pairs and ITERATIONS * 100 / M above (an iteration costs
 * O(M^2) beyond the Gram matrices). TEMPERATURE (default: distill's) is the experts' and the
 * student's; the standard protocol always trains at evaluate's 0.07.
 *
 * <p>{@code protocols EMBEDDINGS_DIR SEEDS ITERATIONS [TEMPERATURE [SIZES [MAX_START_EPOCH]]]}: at each of
 * SIZES, trajectory sets at TEMPERATURE and with a learned temperature ({@code trajectory+tau}),
 * covariance sets, the real sets and random of ten times the size, compared as {@code sizes} does,
 * plus each distilled set under its recorded (student) protocol against itself and the real sets
 * under the standard one. MAX_START_EPOCH (default: distill's) is the latest expert epoch matched from.
 *
 * <p>{@code ablations EMBEDDINGS_DIR SEEDS ITERATIONS [TEMPERATURE]}: 100 pairs; the iterations, the
 * initialisation, the synthetic rate, the temperature (fixed, and learned), the number of experts and the
 * latest start epoch varied one at a time from the defaults (ITERATIONS iterations), and the covariance method,
 * each against random subsets of 100 and 1,000.
 *
 * <p>Data: the demo's cached embeddings (image.npy patch tokens, mean-pooled; text.npy captions),
 * split as {@code evaluate} splits them; everything is made from the training part only.
 */
public final class DistillStudy {
  private static final String SIZES = "10,50,100,500";
  private static final int ABLATION_SIZE = 100;
  private static final int TEN_TIMES = 10;

  private final FloatMatrix trainImage;
  private final FloatMatrix trainText;
  private final FloatMatrix features;
  private final StudyProtocols protocols;
  private final DistillParams base;
  private final int seeds;
  private final Parallel par;
  private final Map<String, Trajectories> experts = new HashMap<>();
  private final Map<String, double[][][]> results = new LinkedHashMap<>();

  private DistillStudy(Path dir, int seeds, DistillParams base, Parallel par) {
    FloatMatrix image = DistillBench.pooled(dir.resolve("image.npy"));
    FloatMatrix text;
    try (Tensor t = Tensors.open(dir.resolve("text.npy"), null)) {
      text = Tensors.readMatrix(t);
    }
    EvaluationParams eval = EvaluationParams.DEFAULTS;
    HoldoutSplit split = HoldoutSplit.of(image.rows(), eval.testFraction(), eval.splitSeed());
    this.trainImage = image.gather(split.train());
    this.trainText = text.gather(split.train());
    this.features = Fusion.fuse(List.of(new Modality("image", ArrayTensor.of(trainImage)),
        new Modality("text", ArrayTensor.of(trainText))), FusionOptions.parse("mean", "l2", "concat"), par,
        Progress.NONE);
    this.base = base;
    this.protocols = StudyProtocols.of(image, text, split.train(), split.test());
    this.seeds = seeds;
    this.par = par;
    System.out.printf(Locale.ROOT, "embeddings: N %d (train %d, held out %d), image %d dims, text %d dims; %d seeds;"
        + " student protocol %d full-batch SGD steps; distillation %s%n", image.rows(), trainImage.rows(),
        split.test().length, image.cols(), text.cols(), seeds, base.studentSteps(), base);
  }

  public static void main(String[] args) {
    int seeds = Integer.parseInt(args[2]);
    DistillParams d = DistillParams.DEFAULTS.withIterations(Integer.parseInt(args[3]));
    double temperature = args.length > 4 ? Double.parseDouble(args[4]) : d.temperature();
    int maxStart = args.length > 6 ? Integer.parseInt(args[6]) : d.maxStartEpoch();
    DistillParams base = with(d, d.experts(), maxStart, d.synLr(), temperature);
    long t0 = System.nanoTime();
    try (Parallel par = Parallel.defaults()) {
      DistillStudy study = new DistillStudy(Path.of(args[1]), seeds, base, par);
      int[] sizes = java.util.Arrays.stream((args.length > 5 ? args[5] : SIZES).split(","))
          .mapToInt(Integer::parseInt).toArray();
      if (args[0].equals("sizes")) {
        study.sizes(sizes);
      } else if (args[0].equals("protocols")) {
        study.protocols(sizes);
      } else {
        study.ablations();
      }
    }
    System.out.printf(Locale.ROOT, "total %.1f s, peak RSS %d MiB%n", (System.nanoTime() - t0) / 1e9,
        BenchData.peakRssMiB());
  }

  private void sizes(int[] sizes) {
    for (int m : sizes) {
      addReal(m);
      add("trajectory@" + m, s -> distilled(base.withPairs(m).withIterations(trajectoryIterations(m)), null, s));
      add("covariance@" + m, s -> distilled(base.withPairs(m).withMethod(DistillParams.COVARIANCE), null, s));
    }
    add("random@" + ABLATION_SIZE * TEN_TIMES, s -> random(ABLATION_SIZE * TEN_TIMES, s));
    printMeans();
    List<String[]> comparisons = new ArrayList<>();
    for (int m : sizes) {
      for (String method : DistillParams.METHODS) {
        String row = method + "@" + m;
        for (String against : new String[] {"random@" + m, "herding@" + m, "kcenter@" + m,
            "random@" + m * TEN_TIMES}) {
          comparisons.add(new String[] {row, against});
        }
      }
      comparisons.add(new String[] {"covariance@" + m, "trajectory@" + m});
    }
    printComparisons(comparisons);
  }

  /**
   * Trajectory sets at the fixed and at a learned temperature and covariance sets of each size, with
   * the real sets of that size and random of ten times it; then each set under the protocol it records
   * against itself and the real sets under the standard one (what {@code evaluate} does by default).
   */
  private void protocols(int[] sizes) {
    for (int m : sizes) {
      addReal(m);
      DistillParams p = base.withPairs(m).withIterations(trajectoryIterations(m));
      add("trajectory@" + m, s -> distilled(p, null, s));
      add("trajectory+tau@" + m, s -> distilled(p.withLearnedTemperature(true), null, s));
      add("covariance@" + m, s -> distilled(base.withPairs(m).withMethod(DistillParams.COVARIANCE), null, s));
    }
    for (int m : sizes) {
      if (!results.containsKey("random@" + m * TEN_TIMES)) {
        add("random@" + m * TEN_TIMES, s -> random(m * TEN_TIMES, s));
      }
    }
    printMeans();
    List<String[]> same = new ArrayList<>();
    List<String[]> recorded = new ArrayList<>();
    for (int m : sizes) {
      for (String method : new String[] {"trajectory", "trajectory+tau", "covariance"}) {
        String row = method + "@" + m;
        recorded.add(new String[] {row, row});
        for (String against : new String[] {"random@" + m, "herding@" + m, "kcenter@" + m,
            "random@" + m * TEN_TIMES}) {
          same.add(new String[] {row, against});
          recorded.add(new String[] {row, against});
        }
      }
      same.add(new String[] {"trajectory+tau@" + m, "trajectory@" + m});
    }
    printComparisons(same);
    printRecordedAgainstStandard(recorded);
  }

  private void ablations() {
    int m = ABLATION_SIZE;
    addReal(m);
    add("random@" + m * TEN_TIMES, s -> random(m * TEN_TIMES, s));
    DistillParams p = base.withPairs(m);
    Map<String, DistillParams> variants = new LinkedHashMap<>();
    variants.put("defaults", p);
    variants.put("iterations 0 (the initial pairs)", p.withIterations(0));
    variants.put("iterations x 1/4", p.withIterations(p.iterations() / 4));
    variants.put("iterations x 3", p.withIterations(p.iterations() * 3));
    for (double rate : new double[] {0.001, 0.1}) {
      variants.put("syn-lr " + rate, with(p, p.experts(), p.maxStartEpoch(), rate, p.temperature()));
    }
    for (double tau : new double[] {0.03, 0.2}) {
      variants.put("temperature " + tau, with(p, p.experts(), p.maxStartEpoch(), p.synLr(), tau));
    }
    variants.put("learned temperature", p.withLearnedTemperature(true));
    for (int e : new int[] {1, 6}) {
      variants.put("experts " + e, with(p, e, p.maxStartEpoch(), p.synLr(), p.temperature()));
    }
    for (int start : new int[] {0, 5, 8}) {
      if (start != p.maxStartEpoch()) {
        variants.put("max start epoch " + start, with(p, p.experts(), start, p.synLr(), p.temperature()));
      }
    }
    variants.put("covariance", p.withMethod(DistillParams.COVARIANCE));
    variants.put("covariance, iterations x 3", p.withMethod(DistillParams.COVARIANCE).withIterations(
        p.iterations() * 3));
    List<String[]> comparisons = new ArrayList<>();
    for (Map.Entry<String, DistillParams> v : variants.entrySet()) {
      add(v.getKey(), s -> distilled(v.getValue(), null, s));
    }
    for (String init : new String[] {"herding", "kcenter"}) {
      int[] rows = coreset(init, m);
      add("init " + init, s -> distilled(p, rows, s));
      add("covariance, init " + init, s -> distilled(p.withMethod(DistillParams.COVARIANCE), rows, s));
    }
    printMeans();
    for (String row : results.keySet()) {
      if (!row.contains("@")) {
        comparisons.add(new String[] {row, "random@" + m});
        comparisons.add(new String[] {row, "random@" + m * TEN_TIMES});
      }
    }
    printComparisons(comparisons);
  }

  /** Random subsets of m (per seed), herding and k-center coresets of m. */
  private void addReal(int m) {
    add("random@" + m, s -> random(m, s));
    for (String method : new String[] {"herding", "kcenter"}) {
      SyntheticPairs pairs = pairs(coreset(method, m));
      add(method + "@" + m, s -> new StudySet(pairs, realStudent()));
    }
  }

  private static DistillParams with(DistillParams p, int experts, int maxStart, double synLr, double temperature) {
    return new DistillParams(p.pairs(), p.seed(), experts, p.expertEpochs(), p.expertLr(), p.expertBatch(),
        p.synSteps(), p.epochsPerMatch(), maxStart, p.iterations(), synLr, p.stepLr(), p.headDim(), temperature,
        p.headRank(), p.method(), p.learnTemperature());
  }

  private int trajectoryIterations(int m) {
    return m <= ABLATION_SIZE ? base.iterations() : Math.max(20, base.iterations() * ABLATION_SIZE / m);
  }

  /** Builds the set of every seed, trains and scores it under both protocols. */
  private void add(String name, LongFunction<StudySet> build) {
    double[][][] scores = new double[2][seeds][];
    long t0 = System.nanoTime();
    long building = 0;
    double temperatures = 0;
    for (int s = 0; s < seeds; s++) {
      long b0 = System.nanoTime();
      StudySet set = build.apply(s);
      building += System.nanoTime() - b0;
      temperatures += set.student().temperature() / seeds;
      scores[0][s] = protocols.student(set, s);
      scores[1][s] = protocols.standard(set, s);
    }
    results.put(name, scores);
    System.out.printf(Locale.ROOT, "%-36s built in %.1f s per seed, %.1f s in all; student temperature %.4f%n", name,
        building / 1e9 / seeds, (System.nanoTime() - t0) / 1e9, temperatures);
  }

  private StudySet random(int m, long seed) {
    return new StudySet(pairs(Sampling.withoutReplacement(trainImage.rows(), m, Seeds.derive(seed, m))),
        realStudent());
  }

  /** The student protocol for real pairs: the experts' step size at the distillation temperature. */
  private StudentParams realStudent() {
    return new StudentParams(base.headDim(), base.temperature(), base.expertLr(), base.studentSteps());
  }

  private StudySet distilled(DistillParams params, int[] init, long seed) {
    DistillParams p = params.withSeed(seed);
    Trajectories t = p.method().equals(DistillParams.TRAJECTORY) ? experts(p) : null;
    DistillResult r = Distillation.run(trainImage, trainText, t, init, p, par, Progress.NONE);
    return new StudySet(new SyntheticPairs(r.image(), r.text()), r.student());
  }

  /** The expert trajectories for these settings, trained once (seed 0) and shared by all seeds. */
  private Trajectories experts(DistillParams p) {
    return experts.computeIfAbsent(p.experts() + "/" + p.temperature(), k ->
        Distillation.experts(trainImage, trainText, p.withSeed(0), par, Progress.NONE));
  }

  private int[] coreset(String method, int m) {
    return Selectors.create(method, MethodOptions.empty()).select(features, Budget.size(m),
        SelectionContext.of(0, par)).indices();
  }

  private SyntheticPairs pairs(int[] rows) {
    return new SyntheticPairs(trainImage.gather(rows), trainText.gather(rows));
  }

  private void printMeans() {
    for (int protocol = 0; protocol < 2; protocol++) {
      System.out.printf("%n%s protocol, mean over %d seeds (percent)%n%n", protocol == 0 ? "Student" : "Standard",
          seeds);
      System.out.println("| set | i2t R@1 | i2t R@10 | t2i R@1 | t2i R@10 |");
      System.out.println("|---|---:|---:|---:|---:|");
      for (Map.Entry<String, double[][][]> e : results.entrySet()) {
        double[][] x = e.getValue()[protocol];
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", e.getKey(), mean(x, 0), mean(x, 2),
            mean(x, 3), mean(x, 5));
      }
    }
  }

  /** Paired differences (row minus against) of R@1 and R@10, each the mean of both directions. */
  private void printComparisons(List<String[]> comparisons) {
    System.out.printf("%nPaired differences, points, mean of i2t and t2i, 95%% interval over %d seeds%n%n", seeds);
    System.out.println("| set | against | student R@1 | student R@10 | standard R@1 | standard R@10 |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    for (String[] c : comparisons) {
      if (!results.containsKey(c[1])) {
        continue;
      }
      StringBuilder line = new StringBuilder("| " + c[0] + " | " + c[1] + " |");
      for (int protocol = 0; protocol < 2; protocol++) {
        for (int k : new int[] {0, 2}) {
          line.append(' ').append(paired(c[0], protocol, c[1], protocol, x -> bothWays(x, k))).append(" |");
        }
      }
      System.out.println(line);
    }
  }

  /**
   * Paired differences of each set under its recorded (student) protocol against a set under the
   * standard one: itself (what the recorded protocol changes) or a real set (evaluate's default).
   */
  private void printRecordedAgainstStandard(List<String[]> comparisons) {
    System.out.printf("%nRecorded protocol against standard, points, mean of i2t and t2i, 95%% interval over %d"
        + " seeds%n%n", seeds);
    System.out.println("| set, recorded | against, standard | i2t R@1 | t2i R@1 | i2t R@10 | t2i R@10 |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    for (String[] c : comparisons) {
      if (results.containsKey(c[1])) {
        StringBuilder line = new StringBuilder("| " + c[0] + " | " + c[1] + " |");
        for (int k : new int[] {0, 3, 2, 5}) {
          line.append(' ').append(paired(c[0], 0, c[1], 1, x -> x[k])).append(" |");
        }
        System.out.println(line);
      }
    }
  }

  /** The paired difference of a metric, row (under rowProtocol) minus against (under againstProtocol), marked. */
  private String paired(String row, int rowProtocol, String against, int againstProtocol,
      ToDoubleFunction<double[]> metric) {
    double[] d = new double[seeds];
    for (int s = 0; s < seeds; s++) {
      d[s] = metric.applyAsDouble(results.get(row)[rowProtocol][s])
          - metric.applyAsDouble(results.get(against)[againstProtocol][s]);
    }
    Paired p = Paired.of(against, d);
    return p.format() + verdictMark(p);
  }

  /** "" when the interval contains 0, else + or - for a difference above or below 0. */
  private static String verdictMark(Paired p) {
    return p.verdict().equals(Paired.BETTER) ? " +" : p.verdict().equals(Paired.WORSE) ? " -" : "";
  }

  /** Mean of i2t and t2i at metric k (0 = R@1, 2 = R@10). */
  private static double bothWays(double[] scores, int k) {
    return (scores[k] + scores[k + 3]) / 2;
  }

  private static double mean(double[][] x, int metric) {
    double s = 0;
    for (double[] row : x) {
      s += row[metric];
    }
    return s / x.length;
  }
}
