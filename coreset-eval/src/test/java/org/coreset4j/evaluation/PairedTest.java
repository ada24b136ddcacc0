package org.coreset4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.nn.ContrastiveParams;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class PairedTest {
  @Test
  void studentQuantilesMatchTables() {
    assertThat(StudentT.twoSidedQuantile(0.95, 1)).isCloseTo(12.7062047, within(1e-6));
    assertThat(StudentT.twoSidedQuantile(0.95, 2)).isCloseTo(4.3026527, within(1e-6));
    assertThat(StudentT.twoSidedQuantile(0.95, 4)).isCloseTo(2.7764451, within(1e-6));
    assertThat(StudentT.twoSidedQuantile(0.95, 9)).isCloseTo(2.2621572, within(1e-6));
    assertThat(StudentT.twoSidedQuantile(0.95, 29)).isCloseTo(2.0452296, within(1e-6));
    assertThat(StudentT.twoSidedQuantile(0.99, 5)).isCloseTo(4.0321430, within(1e-6));
  }

  @Test
  void intervalIsMeanPlusMinusTTimesStandardError() {
    // differences 2, 3, 4, 5: mean 3.5, sd sqrt(5/3), se sd / 2, t(3) = 3.1824463
    Paired p = Paired.of("random", new double[] {2, 3, 4, 5});
    double half = 3.1824463 * Math.sqrt(5.0 / 3) / 2;
    assertThat(p.mean()).isCloseTo(3.5, within(1e-12));
    assertThat(p.low()).isCloseTo(3.5 - half, within(1e-6));
    assertThat(p.high()).isCloseTo(3.5 + half, within(1e-6));
    assertThat(p.verdict()).isEqualTo(Paired.BETTER);
    // differences 1, 2, 3: mean 2, se 1 / sqrt 3, t(2) = 4.3026527: [-0.484, 4.484] contains 0
    Paired q = Paired.of("random", new double[] {1, 2, 3});
    assertThat(q.low()).isCloseTo(2 - 4.3026527 / Math.sqrt(3), within(1e-6));
    assertThat(q.verdict()).isEqualTo(Paired.NO_DIFFERENCE);
    assertThat(Paired.of("random", new double[] {-5, -4, -6}).verdict()).isEqualTo(Paired.WORSE);
    Paired one = Paired.of("random", new double[] {7});
    assertThat(one.mean()).isEqualTo(7);
    assertThat(one.low()).isNull();
    assertThat(one.verdict()).isEqualTo(Paired.NOT_AVAILABLE);
    assertThat(Paired.of("random", new double[] {Double.NaN, 1}).verdict()).isEqualTo(Paired.NOT_AVAILABLE);
  }

  /**
   * Depth targets that are a noisy linear map of the inputs, where every other training sample is a
   * near-copy of one point (held-out samples are left alone): a subset of only those copies teaches
   * nothing (worse than random), a subset of only the other training samples has about twice random's
   * informative samples (better).
   */
  @Test
  void redundantOnlyIsWorseAndSpreadOnlyIsBetter() {
    int n = 300;
    int[] train = HoldoutSplit.of(n, 0.2, 0).train();
    FloatMatrix x = Fixtures.gaussian(n, 20, 1);
    FloatMatrix jitter = Fixtures.gaussian(n, 20, 5);
    for (int j = 3; j < train.length; j += 2) {
      for (int c = 0; c < 20; c++) {
        x.set(train[j], c, x.get(train[1], c) + 0.01f * jitter.get(train[j], c));
      }
    }
    FloatMatrix maps = Fixtures.linear(x, 4, 2.0, 3);
    Map<String, int[]> sel = new LinkedHashMap<>();
    sel.put("redundant", IntStream.range(0, 60).map(i -> train[2 * i + 1]).toArray());
    sel.put("spread", IntStream.range(0, 60).map(i -> train[2 * i]).toArray());
    EvaluationParams params = new EvaluationParams(5, 0, 0.2, 0, RidgeParams.DEFAULTS,
        new ContrastiveParams(8, 0.07, 30, 32, 1e-2), ProbeParams.DEFAULTS);
    EvaluationResult r;
    try (Parallel p = new Parallel(1)) {
      r = Evaluation.run(Map.of("x", x), new TaskSpec.Depth(maps, 2, 2), sel, params, p);
    }
    assertThat(r.row("redundant").paired().verdict()).isEqualTo(Paired.WORSE);
    assertThat(r.row("spread").paired().verdict()).isEqualTo(Paired.BETTER);
    assertThat(r.row("redundant").paired().against()).isEqualTo("random");
  }

  /**
   * Image-text pairs where half the training pairs are misaligned (each caption moved to another
   * image of that half, as a web crawl mismatches them): a subset of only misaligned pairs learns no
   * alignment (worse than random, which is half clean), a subset of only aligned pairs is better.
   */
  @Test
  void misalignedOnlyIsWorseAndAlignedOnlyIsBetter() {
    int n = 400;
    int[] train = HoldoutSplit.of(n, 0.2, 0).train();
    FloatMatrix image = Fixtures.gaussian(n, 12, 7);
    FloatMatrix text = Fixtures.linear(image, 16, 0.3, 8);
    int[] misaligned = IntStream.range(0, train.length / 2).map(i -> train[2 * i + 1]).toArray();
    float[] first = new float[16];
    text.copyRow(misaligned[0], first);
    for (int i = 0; i + 1 < misaligned.length; i++) { // rotate the captions of the misaligned half by one
      for (int c = 0; c < 16; c++) {
        text.set(misaligned[i], c, text.get(misaligned[i + 1], c));
      }
    }
    for (int c = 0; c < 16; c++) {
      text.set(misaligned[misaligned.length - 1], c, first[c]);
    }
    Map<String, int[]> sel = new LinkedHashMap<>();
    sel.put("misaligned", java.util.Arrays.copyOf(misaligned, 80));
    sel.put("aligned", IntStream.range(0, 80).map(i -> train[2 * i]).toArray());
    EvaluationParams params = new EvaluationParams(5, 0, 0.2, 0, RidgeParams.DEFAULTS,
        new ContrastiveParams(8, 0.07, 60, 32, 1e-2), ProbeParams.DEFAULTS);
    Map<String, FloatMatrix> pair = new LinkedHashMap<>();
    pair.put("image", image);
    pair.put("text", text);
    EvaluationResult r;
    try (Parallel p = new Parallel(2)) {
      r = Evaluation.run(pair, new TaskSpec.Retrieval("image", "text"), sel, params, p);
    }
    assertThat(r.row("misaligned").paired().verdict()).isEqualTo(Paired.WORSE);
    assertThat(r.row("aligned").paired().verdict()).isEqualTo(Paired.BETTER);
  }
}
