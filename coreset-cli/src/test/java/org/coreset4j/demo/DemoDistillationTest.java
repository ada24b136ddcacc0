package org.coreset4j.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.evaluation.SyntheticPairs;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

/** The demo's distilled sets: one per distill method, named as asked, M pairs of the inputs' widths. */
class DemoDistillationTest {
  @Test
  void oneSetPerMethodOfMPairs() {
    SplittableRandom r = new SplittableRandom(3);
    float[] u = new float[50 * 4];
    float[] v = new float[50 * 3];
    for (int i = 0; i < u.length; i++) u[i] = (float) r.nextGaussian();
    for (int i = 0; i < v.length; i++) v[i] = u[i / 3 * 4 + i % 3] + (float) (0.2 * r.nextGaussian());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Map<String, SyntheticPairs> sets;
    try (Parallel par = new Parallel(1)) {
      sets = DemoDistillation.of(FloatMatrix.of(u, 50, 4), FloatMatrix.of(v, 50, 3), 6, 0, m -> "distill-" + m, par,
          new PrintStream(log, true, StandardCharsets.UTF_8));
    }
    assertThat(sets).containsOnlyKeys("distill-trajectory", "distill-covariance");
    assertThat(sets.get("distill-covariance").size()).isEqualTo(6);
    assertThat(sets.get("distill-trajectory").text().cols()).isEqualTo(3);
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("by covariance matching");
  }
}
