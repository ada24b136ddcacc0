package org.coreset4j.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation as an aligned text table: one line per row with budget, training samples, each
 * metric as mean ± std, each retention in percent, the paired difference from random in verdict
 * score with its 95% interval and the verdict, and the training and selection times. Two lines
 * above it say what retention is measured against and what the verdict compares.
 */
public final class ResultTable {
  private ResultTable() {}

  public static String format(EvaluationResult result) {
    List<String> header = new ArrayList<>(List.of("method", "budget", "trained"));
    for (Metric m : result.metrics()) {
      header.add(m.name());
    }
    for (Metric m : result.metrics()) {
      header.add("ret " + m.name() + " %");
    }
    header.add("vs random [95% CI]");
    header.add("verdict");
    header.add("train s");
    header.add("select s");
    List<List<String>> cells = new ArrayList<>();
    cells.add(header);
    for (ResultRow r : result.rows()) {
      List<String> line = new ArrayList<>(List.of(r.name(), Integer.toString(r.budget()),
          Integer.toString(r.trainSamples())));
      for (Metric m : result.metrics()) {
        line.add(stat(r.metrics().get(m.name()), "%.4f"));
      }
      for (Metric m : result.metrics()) {
        line.add(stat(r.retention().get(m.name()), "%.2f"));
      }
      line.add(r.paired() == null ? "-" : r.paired().format());
      line.add(r.paired() == null ? "-" : r.paired().verdict());
      line.add(String.format(Locale.ROOT, "%.3f", r.trainSeconds()));
      line.add(r.selectionSeconds() == null ? "-" : String.format(Locale.ROOT, "%.3f", r.selectionSeconds()));
      cells.add(line);
    }
    return String.format(Locale.ROOT, "task %s, %d samples (%d train, %d held out), %d seeds; model: %s%n",
        result.task(), result.samples(), result.trainSize(), result.testSize(), result.seeds(), result.model())
        + legend(result) + align(cells);
  }

  /**
   * One line per method, one column per budget: the verdict against random at that budget and the
   * paired difference in verdict-score points ("better +3.3", "worse -5.1", "~ +0.4" for no
   * difference), under a line with random's own verdict score. Rows of one method at several budgets
   * are named {@code method@k} (see {@link ResultRow#curve()}).
   */
  public static String verdicts(EvaluationResult result) {
    VerdictMatrix matrix = VerdictMatrix.of(result);
    List<String> header = new ArrayList<>(List.of("method"));
    matrix.budgets().forEach(b -> header.add(percent(b, result.samples())));
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    matrix.curves().forEach((curve, byBudget) -> {
      boolean random = curve.equals(VerdictMatrix.RANDOM);
      List<String> line = new ArrayList<>(List.of(random ? "random (score %)" : curve));
      for (int b : matrix.budgets()) {
        ResultRow r = byBudget.get(b);
        line.add(r == null ? "" : random ? scoreCell(r.score()) : r.paired() == null ? "-" : verdictCell(r.paired()));
      }
      lines.add(line);
    });
    return String.format(Locale.ROOT, "task %s: each method against random at each budget (%% of %d samples); "
        + "points of %s; better or worse only when the 95%% paired interval excludes 0, ~ otherwise%n",
        result.task(), result.samples(), verdictScoreName(result)) + align(lines);
  }

  private static String scoreCell(Stat s) {
    return s == null || s.mean() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", s.mean());
  }

  private static String verdictCell(Paired p) {
    if (p.mean() == null) {
      return Paired.NOT_AVAILABLE;
    }
    String word = switch (p.verdict()) {
      case Paired.BETTER -> "better";
      case Paired.WORSE -> "worse";
      case Paired.NO_DIFFERENCE -> "~";
      default -> "?";
    };
    return String.format(Locale.ROOT, "%s %+.1f", word, p.mean());
  }

  /** A budget as a percentage of n: whole percentages without decimals. */
  public static String percent(int budget, int n) {
    double p = 100.0 * budget / n;
    return Math.abs(p - Math.rint(p)) < 1e-9 ? String.format(Locale.ROOT, "%.0f%%", p)
        : String.format(Locale.ROOT, "%.1f%%", p);
  }

  /** What the verdict score is, in words. */
  public static String verdictScoreName(EvaluationResult result) {
    if (result.verdictMetrics().isEmpty()) {
      return "the verdict score";
    }
    return result.verdictMetrics().size() == 1 ? result.verdictMetrics().get(0) + " retention"
        : "mean retention of " + String.join(" and ", result.verdictMetrics());
  }

  /** What retention is measured against and what the verdicts compare. */
  static String legend(EvaluationResult result) {
    if (result.trivialModel() == null) {
      return "";
    }
    List<String> values = new ArrayList<>();
    result.trivial().forEach((name, v) -> values.add(String.format(Locale.ROOT, "%s %.4f", name, v)));
    String verdict = verdictScoreName(result);
    return String.format(Locale.ROOT, "retention %%: share of full's improvement over the trivial model (%s: %s) "
        + "kept%nvs random: %s minus random's, paired by seed, mean and 95%% t interval in points%n",
        result.trivialModel(), String.join(", ", values), verdict);
  }

  private static String stat(Stat s, String format) {
    return s == null ? "n/a" : s.format(format, " ± ");
  }

  private static String align(List<List<String>> cells) {
    int cols = cells.get(0).size();
    int[] width = new int[cols];
    for (List<String> line : cells) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], line.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> line : cells) {
      for (int c = 0; c < cols; c++) {
        String v = line.get(c);
        String pad = " ".repeat(width[c] - v.length());
        sb.append(c == 0 ? v + pad : pad + v);
        sb.append(c + 1 < cols ? "  " : "");
      }
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }
}
