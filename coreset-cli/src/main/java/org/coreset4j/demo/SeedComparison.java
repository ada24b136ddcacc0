package org.coreset4j.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.Paired;
import org.coreset4j.evaluation.ResultRow;
import org.coreset4j.evaluation.ResultTable;
import org.coreset4j.evaluation.VerdictMatrix;

/**
 * Which methods beat random and every seed method (the DQ rows and COINCIDE) at each budget, each
 * comparison paired by seed with its 95% interval, like the verdicts against random. For each
 * budget it lists those methods with their smallest margin over a seed method, or says none does.
 */
final class SeedComparison {
  private SeedComparison() {}

  static String format(EvaluationResult result, List<String> seedMethods) {
    VerdictMatrix matrix = VerdictMatrix.of(result);
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "better than random and than every seed method (%s), each paired 95%%:%n", String.join(", ", seedMethods)));
    for (int budget : matrix.budgets()) {
      List<String> winners = new ArrayList<>();
      for (Map.Entry<String, Map<Integer, ResultRow>> curve : matrix.curves().entrySet()) {
        ResultRow row = curve.getValue().get(budget);
        if (row == null || seedMethods.contains(curve.getKey()) || row.paired() == null
            || !Paired.BETTER.equals(row.paired().verdict())) {
          continue;
        }
        Paired closest = closestSeed(matrix, row, budget, seedMethods);
        if (closest != null) {
          winners.add(String.format(Locale.ROOT, "%s (at least %+.1f over %s)", curve.getKey(), closest.mean(),
              closest.against()));
        }
      }
      b.append(String.format(Locale.ROOT, "  %5s: %s%n", ResultTable.percent(budget, result.samples()),
          winners.isEmpty() ? "none" : String.join(", ", winners)));
    }
    return b.toString();
  }

  /** The paired comparison with the seed method it beats by least, or null when it does not beat all. */
  private static Paired closestSeed(VerdictMatrix matrix, ResultRow row, int budget, List<String> seedMethods) {
    Paired closest = null;
    for (String seed : seedMethods) {
      ResultRow other = matrix.curves().getOrDefault(seed, Map.of()).get(budget);
      if (other == null) {
        continue;
      }
      Paired p = row.score().pairedWith(other.score(), seed);
      if (!Paired.BETTER.equals(p.verdict())) {
        return null;
      }
      if (closest == null || p.mean() < closest.mean()) {
        closest = p;
      }
    }
    return closest;
  }
}
