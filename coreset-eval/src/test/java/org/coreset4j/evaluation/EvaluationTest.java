package org.coreset4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.coreset4j.nn.ContrastiveParams;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final int N = 300;
  private static final FloatMatrix IMAGE = Fixtures.gaussian(N, 8, 1);
  private static final FloatMatrix TEXT = Fixtures.linear(IMAGE, 6, 0.5, 2);
  private static final Map<String, FloatMatrix> INPUTS = inputs();
  private static final EvaluationParams FAST = new EvaluationParams(2, 0, 0.2, 0, RidgeParams.DEFAULTS,
      new ContrastiveParams(8, 0.07, 30, 32, 1e-2), new ProbeParams(40, 32, 1e-2, 1e-4));

  private static Map<String, FloatMatrix> inputs() {
    Map<String, FloatMatrix> m = new LinkedHashMap<>();
    m.put("image", IMAGE);
    m.put("text", TEXT);
    return m;
  }

  private static TaskSpec depth() {
    return new TaskSpec.Depth(Fixtures.linear(IMAGE, 4 * 6, 0.2, 3), 4, 6);
  }

  private static Map<String, int[]> selections() {
    Map<String, int[]> s = new LinkedHashMap<>();
    s.put("first", IntStream.range(0, 90).toArray());
    s.put("spread", IntStream.range(0, 90).map(i -> i * 3 + 1).toArray());
    return s;
  }

  private static EvaluationResult run(TaskSpec task, Map<String, int[]> sel, int threads) {
    try (Parallel p = new Parallel(threads)) {
      return Evaluation.run(INPUTS, task, sel, FAST, p);
    }
  }

  @Test
  void rowsAreFullRandomThenSelectionsWithFullRetainingHundredPercent() {
    EvaluationResult r = run(depth(), selections(), 1);
    assertThat(r.rows()).extracting(ResultRow::name).containsExactly("full", "random", "first", "spread");
    assertThat(r.trainSize()).isEqualTo(240);
    assertThat(r.testSize()).isEqualTo(60);
    assertThat(r.row("full").budget()).isEqualTo(N);
    assertThat(r.row("full").trainSamples()).isEqualTo(240);
    assertThat(r.row("random").trainSamples()).isEqualTo(72); // round(90 * 240 / 300)
    HoldoutSplit split = HoldoutSplit.of(N, 0.2, 0);
    assertThat(r.row("first").trainSamples()).isEqualTo(split.restrict(selections().get("first")).length);
    for (String m : new String[] {"rmse", "loss"}) {
      assertThat(r.row("full").retention().get(m).mean()).isCloseTo(100, within(1e-9));
      assertThat(r.row("full").retention().get(m).std()).isCloseTo(0, within(1e-9));
    }
    Stat rmse = r.row("full").metrics().get("rmse");
    Stat loss = r.row("full").metrics().get("loss");
    assertThat(loss.mean()).isCloseTo(rmse.mean() * rmse.mean(), within(1e-3 * loss.mean() + 1e-12 + rmse.std() * rmse.std()));
    assertThat(ResultTable.format(r)).contains("full", "random", "first", "spread", "ret rmse %", "vs random",
        "verdict", "the training mean of each depth cell");
    assertThat(r.row("full").paired()).isNull();
    assertThat(r.row("random").paired()).isNull();
    assertThat(r.row("first").paired().against()).isEqualTo("random");
  }

  @Test
  void retentionIsTheShareOfFullsImprovementOverTheTrivialModel() {
    // errors: trivial 10, full 2, subset 4 keeps (10 - 4) / (10 - 2) of the improvement
    assertThat(new Metric("rmse", true).retention(10, 2, 4)).isEqualTo(75);
    // scores: trivial 20, full 80, subset 60 keeps (60 - 20) / (80 - 20)
    assertThat(new Metric("accuracy", false).retention(20, 80, 60)).isCloseTo(200.0 / 3, within(1e-12));
    assertThat(new Metric("rmse", true).retention(10, 2, 10)).isZero();
    assertThat(new Metric("rmse", true).retention(10, 2, 12)).isEqualTo(-25);
    EvaluationResult r;
    try (Parallel p = new Parallel(1)) {
      r = Evaluation.run(INPUTS, depth(), selections(), FAST.withSeeds(1), p);
    }
    double trivial = r.trivial().get("rmse");
    double full = r.row("full").metrics().get("rmse").mean();
    double sub = r.row("first").metrics().get("rmse").mean();
    assertThat(trivial).isGreaterThan(full);
    assertThat(r.trivial().get("loss")).isCloseTo(trivial * trivial, within(1e-9));
    assertThat(r.row("first").retention().get("rmse").mean())
        .isCloseTo(100 * (trivial - sub) / (trivial - full), within(1e-9));
    assertThat(r.row("first").retention().get("rmse").std()).isZero();
    assertThat(r.verdictMetrics()).containsExactly("rmse");
  }

  @Test
  void trivialModelsAreTheTrainingMeanTheMajorityClassAndChance() {
    // depth: 1 x 1 maps, training targets 1, 2, 3, 6 (mean 3), held-out targets 5 and 1: RMSE 2
    FloatMatrix maps = FloatMatrix.of(new float[] {1, 2, 3, 6, 5, 1}, 6, 1);
    DepthModel depth = new DepthModel(Fixtures.gaussian(6, 2, 1), maps, 1, 1, RidgeParams.DEFAULTS,
        new int[] {0, 1, 2, 3}, new Parallel(1));
    assertThat(depth.trivial(new int[] {0, 1, 2, 3}, new int[] {4, 5})).containsExactly(2, 4);
    // classify: training labels 0, 1, 1, 2 (majority 1), held-out labels 1 and 0: 50%
    ClassifyModel cls = new ClassifyModel(Fixtures.gaussian(6, 2, 1), new int[] {0, 1, 1, 2, 1, 0},
        ProbeParams.DEFAULTS);
    assertThat(cls.trivial(new int[] {0, 1, 2, 3}, new int[] {4, 5})).containsExactly(50);
    // retrieval over 20 held-out pairs: R@K = K / 20 both ways
    RetrievalModel ret = new RetrievalModel(IMAGE, TEXT, FAST.contrastive());
    assertThat(ret.trivial(new int[] {0}, IntStream.range(1, 21).toArray())).containsExactly(5, 25, 50, 5, 25, 50);
  }

  @Test
  void severalBudgetsGetOneRandomRowEach() {
    Map<String, int[]> sel = selections();
    sel.put("small", IntStream.range(0, 30).map(i -> i * 10).toArray());
    EvaluationResult r = run(depth(), sel, 1);
    assertThat(r.rows()).extracting(ResultRow::name)
        .containsExactly("full", "random@30", "small", "random@90", "first", "spread");
  }

  @Test
  void sameSeedSameNumbersForOneAndTwoThreads() {
    Map<String, int[]> sel = selections();
    for (TaskSpec task : new TaskSpec[] {depth(), new TaskSpec.Retrieval("image", "text"),
        new TaskSpec.Classify(Fixtures.labels(IMAGE, 3, 4))}) {
      EvaluationResult a = run(task, sel, 1);
      EvaluationResult b = run(task, sel, 2);
      for (ResultRow row : a.rows()) {
        assertThat(b.row(row.name()).metrics()).isEqualTo(row.metrics());
        assertThat(b.row(row.name()).retention()).isEqualTo(row.retention());
      }
    }
  }

  @Test
  void modelsLearnTheSignal() {
    EvaluationResult ret = run(new TaskSpec.Retrieval("image", "text"), selections(), 1);
    // 60 held-out pairs: chance R@10 is about 17%
    assertThat(ret.row("full").metrics().get("i2t_R@10").mean()).isGreaterThan(50);
    EvaluationResult cls = run(new TaskSpec.Classify(Fixtures.labels(IMAGE, 3, 4)), selections(), 1);
    assertThat(cls.row("full").metrics().get("accuracy").mean()).isGreaterThan(60);
  }

  @Test
  void concatPlacesInputsSideBySideInMapOrder() {
    for (int threads = 1; threads <= 2; threads++) {
      FloatMatrix both;
      try (Parallel p = new Parallel(threads)) {
        both = Evaluation.concat(INPUTS, p);
      }
      assertThat(both.cols()).isEqualTo(IMAGE.cols() + TEXT.cols());
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < both.cols(); j++) {
          float expected = j < IMAGE.cols() ? IMAGE.get(i, j) : TEXT.get(i, j - IMAGE.cols());
          assertThat(both.get(i, j)).isEqualTo(expected);
        }
      }
    }
    try (Parallel p = new Parallel(1)) {
      assertThat(Evaluation.concat(Map.of("image", IMAGE), p)).isSameAs(IMAGE);
    }
  }

  @Test
  void jsonRoundTrips() {
    EvaluationResult r = run(new TaskSpec.Classify(Fixtures.labels(IMAGE, 3, 4)), selections(), 1);
    assertThat(ResultsJson.fromJson(ResultsJson.toJson(r))).isEqualTo(r);
  }

  /** Results written before the trivial model and verdicts existed still read, without them. */
  @Test
  void olderJsonWithoutVerdictsReads() {
    String json = """
        {"task": "depth", "model": "ridge", "samples": 10, "trainSize": 8, "testSize": 2, "seeds": 1,
         "metrics": [{"name": "rmse", "lowerIsBetter": true}],
         "rows": [{"name": "full", "budget": 10, "trainSamples": 8, "metrics": {"rmse": {"mean": 1.0, "std": 0.0}},
                   "retention": {"rmse": {"mean": 100.0, "std": 0.0}}, "trainSeconds": 0.1}]}
        """;
    EvaluationResult r = ResultsJson.fromJson(json);
    assertThat(r.trivial()).isEmpty();
    assertThat(r.verdictMetrics()).isEmpty();
    assertThat(r.row("full").paired()).isNull();
    assertThat(ResultTable.format(r)).contains("full").doesNotContain("trivial model");
  }

  @Test
  void badInputIsRejectedWithOneLine() {
    Map<String, int[]> outOfRange = Map.of("a", new int[] {0, N});
    Map<String, int[]> duplicate = Map.of("a", new int[] {3, 3});
    Map<String, int[]> reserved = Map.of("random", new int[] {3});
    Map<String, int[]> heldOutOnly = Map.of("a", HoldoutSplit.of(N, 0.2, 0).test());
    assertThatThrownBy(() -> run(depth(), outOfRange, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("index 300");
    assertThatThrownBy(() -> run(depth(), duplicate, 1)).hasMessageContaining("index 3 twice");
    assertThatThrownBy(() -> run(depth(), reserved, 1)).hasMessageContaining("reserved");
    assertThatThrownBy(() -> run(depth(), heldOutOnly, 1)).hasMessageContaining("no sample in the training split");
    assertThatThrownBy(() -> run(new TaskSpec.Retrieval("image", "audio"), selections(), 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("audio");
    assertThatThrownBy(() -> run(new TaskSpec.Classify(new int[N - 1]), selections(), 1))
        .hasMessageContaining("--labels has 299 values");
    assertThatThrownBy(() -> run(new TaskSpec.Depth(Fixtures.gaussian(N + 1, 4, 1), 2, 2), selections(), 1))
        .hasMessageContaining("--target has 301 rows");
    assertThatThrownBy(() -> new TaskSpec.Depth(Fixtures.gaussian(N, 5, 1), 2, 2)).hasMessageContaining("2 x 2");
    assertThatThrownBy(() -> TaskSpec.checkName("segment")).hasMessageContaining("depth|retrieval|classify");
    assertThatThrownBy(() -> new TaskSpec.Classify(new int[] {0, -1})).hasMessageContaining("-1");
    FloatMatrix nan = Fixtures.gaussian(N, 2, 1);
    nan.set(17, 1, Float.NaN);
    assertThatThrownBy(() -> {
      try (Parallel p = new Parallel(1)) {
        Evaluation.run(Map.of("x", nan), depth(), selections(), FAST, p);
      }
    }).hasMessageContaining("row 17");
  }

  @Test
  void syntheticPairsCopyingASelectionScoreLikeIt() {
    int[] rows = HoldoutSplit.of(N, 0.2, 0).restrict(selections().get("spread"));
    SyntheticPairs copy = new SyntheticPairs(IMAGE.gather(rows), TEXT.gather(rows));
    Map<String, int[]> sel = Map.of("spread", rows);
    EvaluationResult r;
    try (Parallel p = new Parallel(2)) {
      r = Evaluation.run(INPUTS, new TaskSpec.Retrieval("image", "text"), sel, Map.of("distilled", copy), Map.of(),
          FAST, p, org.coreset4j.util.Progress.NONE);
    }
    assertThat(r.rows().stream().map(ResultRow::name)).containsExactly("full", "random", "spread", "distilled");
    assertThat(r.row("distilled").trainSamples()).isEqualTo(rows.length);
    assertThat(r.row("distilled").metrics()).isEqualTo(r.row("spread").metrics());
    assertThatThrownBy(() -> {
      try (Parallel p = new Parallel(1)) {
        Evaluation.run(INPUTS, depth(), Map.of(), Map.of("distilled", copy), Map.of(), FAST, p,
            org.coreset4j.util.Progress.NONE);
      }
    }).isInstanceOf(InvalidInputException.class).hasMessageContaining("--task retrieval");
  }
}
