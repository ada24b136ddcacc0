package org.coreset4j.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.fusion.Fusion;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Modality;
import org.coreset4j.io.ArrayTensor;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.coreset4j.util.Sampling;
import org.coreset4j.util.Seeds;

/**
 * Evaluates selections by training the same small model on each and scoring it on a fixed held-out
 * split (see {@link HoldoutSplit}). Rows: {@code full} (the whole training part), then for each
 * distinct selection size k ascending a {@code random} row ({@code random@k} when there are
 * several sizes: round(k * trainSize / N) training samples drawn uniformly per seed, the expected
 * size of a uniform k-selection intersected with the training part) and the selections of size k.
 * Each row is trained once per seed with the same model seeds, so rows are paired by seed (random
 * draws its samples anew for each seed). Retention compares each seed's run with full's run of the
 * same seed and the trivial model (fitted on the whole training part) and is then averaged; each
 * selection's verdict score (the mean retention of the model's verdict metrics) is compared with
 * random's of the same seed and budget (see {@link Paired}). Depth and classify use all inputs
 * concatenated in map order.
 */
public final class Evaluation {
  private Evaluation() {}

  /** Evaluates without selection times. */
  public static EvaluationResult run(Map<String, FloatMatrix> inputs, TaskSpec task, Map<String, int[]> selections,
      EvaluationParams params, Parallel par) {
    return run(inputs, task, selections, Map.of(), params, par, Progress.NONE);
  }

  /**
   * Evaluates {@code selections} (indices into all N samples) on {@code task}; {@code selectionSeconds}
   * holds the wall time of each selection where known.
   */
  public static EvaluationResult run(Map<String, FloatMatrix> inputs, TaskSpec task, Map<String, int[]> selections,
      Map<String, Double> selectionSeconds, EvaluationParams params, Parallel par, Progress progress) {
    return run(inputs, task, selections, Map.of(), selectionSeconds, params, par, progress);
  }

  /**
   * Also evaluates named synthetic training sets (retrieval only): each is trained on the same way as a
   * selection of its size, is scored on the same held-out split and gets a row after that size's
   * selections. Synthetic sets must not have been made from the held-out samples.
   */
  public static EvaluationResult run(Map<String, FloatMatrix> inputs, TaskSpec task, Map<String, int[]> selections,
      Map<String, SyntheticPairs> synthetic, Map<String, Double> selectionSeconds, EvaluationParams params,
      Parallel par, Progress progress) {
    int n = InputChecks.samples(inputs);
    InputChecks.task(task, inputs, n);
    InputChecks.selections(selections, n);
    InputChecks.synthetic(synthetic, selections, task, inputs);
    HoldoutSplit split = HoldoutSplit.of(n, params.testFraction(), params.splitSeed());
    DownstreamModel model = model(inputs, task, params, split, par);
    Map<String, Subset> subsets = subsets(selections, synthetic, split, n);
    progress.start("evaluate", (long) subsets.size() * params.seeds());
    double[] trivial = model.trivial(split.train(), split.test());
    List<Metric> metrics = model.metrics();
    int[] verdictColumns = model.verdictMetrics().stream()
        .mapToInt(name -> metrics.stream().map(Metric::name).toList().indexOf(name)).toArray();
    double[][] full = null;
    Map<Integer, String> randomName = new LinkedHashMap<>();
    Map<Integer, Stat> randomScores = new LinkedHashMap<>();
    List<ResultRow> rows = new ArrayList<>();
    for (Map.Entry<String, Subset> e : subsets.entrySet()) {
      Subset s = e.getValue();
      double[][] values = new double[params.seeds()][];
      long[] nanos = new long[params.seeds()];
      int[] used = new int[params.seeds()];
      // one seed per task, each run on its thread: runs are independent, so results do not depend on the threads
      par.forChunks(params.seeds(), 1, (seed, from, to) -> {
        long modelSeed = params.seed() + seed;
        long t0 = System.nanoTime();
        if (s.synthetic != null) {
          used[seed] = s.synthetic.size();
          values[seed] = ((RetrievalModel) model).trainAndScore(s.synthetic, split.test(), modelSeed);
        } else {
          int[] train = s.trainRows(split, modelSeed);
          used[seed] = train.length;
          values[seed] = model.trainAndScore(train, split.test(), modelSeed);
        }
        nanos[seed] = System.nanoTime() - t0;
        progress.advance(1);
      });
      boolean isFull = full == null;
      if (isFull) {
        full = values;
      }
      double[][] retention = retention(metrics, trivial, full, values);
      Stat score = Stat.of(verdictScore(retention, verdictColumns));
      Paired paired = null;
      if (!isFull && s.isRandom()) {
        randomName.put(s.budget, e.getKey());
        randomScores.put(s.budget, score);
      } else if (!isFull) {
        paired = score.pairedWith(randomScores.get(s.budget), randomName.get(s.budget));
      }
      rows.add(row(e.getKey(), s.budget, used[0], metrics, values, retention, score, paired,
          Arrays.stream(nanos).sum() / 1e9 / params.seeds(), selectionSeconds.get(e.getKey())));
    }
    progress.finish();
    Map<String, Double> trivialByName = new LinkedHashMap<>();
    for (int m = 0; m < metrics.size(); m++) {
      trivialByName.put(metrics.get(m).name(), trivial[m]);
    }
    return new EvaluationResult(task.name(), model.describe() + describeTraining(synthetic), n,
        split.train().length, split.test().length, params.seeds(), metrics, model.describeTrivial(), trivialByName,
        model.verdictMetrics(), rows);
  }

  /** "; synthetic NAME: how it is trained" for each synthetic set. */
  private static String describeTraining(Map<String, SyntheticPairs> synthetic) {
    StringBuilder b = new StringBuilder();
    synthetic.forEach((name, pairs) -> b.append("; synthetic ").append(name).append(": ")
        .append(pairs.describeTraining()));
    return b.toString();
  }

  private static DownstreamModel model(Map<String, FloatMatrix> inputs, TaskSpec task, EvaluationParams params,
      HoldoutSplit split, Parallel par) {
    return switch (task) {
      case TaskSpec.Depth d -> new DepthModel(concat(inputs, par), d.maps(), d.height(), d.width(), params.ridge(),
          split.train(), par);
      case TaskSpec.Retrieval r -> new RetrievalModel(inputs.get(r.image()), inputs.get(r.text()), params.contrastive());
      case TaskSpec.Classify c -> new ClassifyModel(concat(inputs, par), c.labels(), params.probe());
    };
  }

  /** The inputs side by side (columns in map order) by the shared fusion; a single input is used as it is. */
  static FloatMatrix concat(Map<String, FloatMatrix> inputs, Parallel par) {
    if (inputs.size() == 1) {
      return inputs.values().iterator().next();
    }
    List<Modality> parts = inputs.entrySet().stream()
        .map(e -> new Modality(e.getKey(), ArrayTensor.of(e.getValue()))).toList();
    // (N, D) inputs are one token each, so DEFAULTS (mean pooling, no normalisation, concat) only concatenates
    return Fusion.fuse(parts, FusionOptions.DEFAULTS, par, Progress.NONE);
  }

  /** Which rows each evaluated subset trains on. */
  private record Subset(int budget, int[] fixedRows, int randomSize, SyntheticPairs synthetic) {
    Subset(int budget, int[] fixedRows, int randomSize) {
      this(budget, fixedRows, randomSize, null);
    }

    boolean isRandom() {
      return fixedRows == null && synthetic == null;
    }

    int[] trainRows(HoldoutSplit split, long seed) {
      if (fixedRows != null) {
        return fixedRows;
      }
      int[] rows = Sampling.withoutReplacement(split.train(), randomSize, Seeds.linear(seed, budget));
      Arrays.sort(rows);
      return rows;
    }
  }

  private static Map<String, Subset> subsets(Map<String, int[]> selections, Map<String, SyntheticPairs> synthetic,
      HoldoutSplit split, int n) {
    Map<String, Subset> out = new LinkedHashMap<>();
    out.put("full", new Subset(n, split.train(), 0));
    TreeSet<Integer> budgets = new TreeSet<>();
    selections.values().forEach(s -> budgets.add(s.length));
    synthetic.values().forEach(s -> budgets.add(s.size()));
    for (int k : budgets) {
      int size = Math.max(1, (int) Math.round((double) k * split.train().length / n));
      out.put(budgets.size() == 1 ? "random" : "random@" + k, new Subset(k, null, size));
      for (Map.Entry<String, int[]> e : selections.entrySet()) {
        if (e.getValue().length == k) {
          int[] rows = split.restrict(e.getValue());
          if (rows.length == 0) {
            throw new InvalidInputException("selection " + e.getKey() + " has no sample in the training split ("
                + split.test().length + " held-out samples are never trained on)");
          }
          out.put(e.getKey(), new Subset(k, rows, 0));
        }
      }
      synthetic.forEach((name, pairs) -> {
        if (pairs.size() == k) {
          out.put(name, new Subset(k, null, 0, pairs));
        }
      });
    }
    return out;
  }

  /** Retention per seed (rows) and metric (columns) against the same seed's full run and the trivial model. */
  private static double[][] retention(List<Metric> metrics, double[] trivial, double[][] full, double[][] values) {
    double[][] r = new double[values.length][metrics.size()];
    for (int s = 0; s < values.length; s++) {
      for (int m = 0; m < metrics.size(); m++) {
        r[s][m] = metrics.get(m).retention(trivial[m], full[s][m], values[s][m]);
      }
    }
    return r;
  }

  /** Per seed, the mean retention over the verdict metrics. */
  private static double[] verdictScore(double[][] retention, int[] columns) {
    double[] out = new double[retention.length];
    for (int s = 0; s < retention.length; s++) {
      for (int c : columns) {
        out[s] += retention[s][c] / columns.length;
      }
    }
    return out;
  }

  private static ResultRow row(String name, int budget, int used, List<Metric> metrics, double[][] values,
      double[][] retention, Stat score, Paired paired, double trainSeconds, Double selectionSeconds) {
    Map<String, Stat> stats = new LinkedHashMap<>();
    Map<String, Stat> kept = new LinkedHashMap<>();
    for (int m = 0; m < metrics.size(); m++) {
      double[] v = new double[values.length];
      double[] r = new double[values.length];
      for (int s = 0; s < values.length; s++) {
        v[s] = values[s][m];
        r[s] = retention[s][m];
      }
      stats.put(metrics.get(m).name(), Stat.of(v));
      kept.put(metrics.get(m).name(), Stat.of(r));
    }
    return new ResultRow(name, budget, used, stats, kept, score, paired, trainSeconds, selectionSeconds);
  }
}
