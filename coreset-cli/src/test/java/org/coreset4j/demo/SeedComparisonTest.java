package org.coreset4j.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.Metric;
import org.coreset4j.evaluation.ResultRow;
import org.coreset4j.evaluation.Stat;
import org.junit.jupiter.api.Test;

class SeedComparisonTest {
  private static ResultRow row(String name, int budget, double... scores) {
    Stat s = Stat.of(scores);
    return new ResultRow(name, budget, budget, Map.of(), Map.of(), s,
        name.startsWith("random") || name.equals("full") ? null : s.pairedWith(RANDOM, "random@" + budget), 0, null);
  }

  private static final Stat RANDOM = Stat.of(new double[] {50, 52, 51, 49});

  @Test
  void namesTheMethodsAheadOfRandomAndOfEverySeedMethodWithTheirSmallestMargin() {
    EvaluationResult r = new EvaluationResult("depth", "m", 100, 80, 20, 4, List.of(new Metric("rmse", true)),
        "t", Map.of(), List.of("rmse"), List.of(
            row("full", 100, 100, 100, 100, 100),
            row("random@10", 10, 50, 52, 51, 49),
            row("dq-concat@10", 10, 53, 55, 54, 52),
            row("coincide@10", 10, 51, 53, 52, 50),
            row("winner@10", 10, 56, 58, 57, 55),
            row("between@10", 10, 54, 54, 55, 53)));
    String text = SeedComparison.format(r, List.of("dq-concat", "coincide"));
    // winner is 3 above dq-concat at every seed; between beats random and coincide but not dq-concat
    assertThat(text).contains("10%: winner (at least +3.0 over dq-concat)").doesNotContain("between");
  }
}
