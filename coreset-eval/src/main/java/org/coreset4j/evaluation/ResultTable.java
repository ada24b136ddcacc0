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
      line.add(paired(r.paired()));
      line.add(r.paired() == null ? "-" : r.paired().verdict());
      line.add(String.format(Locale.ROOT, "%.3f", r.trainSeconds()));
      line.add(r.selectionSeconds() == null ? "-" : String.format(Locale.ROOT, "%.3f", r.selectionSeconds()));
      cells.add(line);
    }
    return String.format(Locale.ROOT, "task %s, %d samples (%d train, %d held out), %d seeds; model: %s%n",
        result.task(), result.samples(), result.trainSize(), result.testSize(), result.seeds(), result.model())
        + legend(result) + align(cells);
  }

  /** What retention is measured against and what the verdicts compare. */
  static String legend(EvaluationResult result) {
    if (result.trivialModel() == null) {
      return "";
    }
    List<String> values = new ArrayList<>();
    result.trivial().forEach((name, v) -> values.add(String.format(Locale.ROOT, "%s %.4f", name, v)));
    String verdict = result.verdictMetrics().size() == 1 ? result.verdictMetrics().get(0) + " retention"
        : "mean retention of " + String.join(" and ", result.verdictMetrics());
    return String.format(Locale.ROOT, "retention %%: share of full's improvement over the trivial model (%s: %s) "
        + "kept%nvs random: %s minus random's, paired by seed, mean and 95%% t interval in points%n",
        result.trivialModel(), String.join(", ", values), verdict);
  }

  private static String paired(Paired p) {
    if (p == null) {
      return "-";
    }
    if (p.mean() == null) {
      return "n/a";
    }
    if (p.low() == null) {
      return String.format(Locale.ROOT, "%+.2f", p.mean());
    }
    return String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", p.mean(), p.low(), p.high());
  }

  private static String stat(Stat s, String format) {
    if (s == null || s.mean() == null) {
      return "n/a";
    }
    return String.format(Locale.ROOT, format + " ± " + format, s.mean(), s.std());
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
