package org.coreset4j.report;

import java.util.Locale;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.Metric;
import org.coreset4j.evaluation.ResultRow;
import org.coreset4j.evaluation.Stat;

/**
 * The evaluation rows as an HTML table, with the mean retention over metrics per row and the paired
 * comparison with random and its verdict.
 */
final class RetentionTable {
  private RetentionTable() {}

  static String html(EvaluationResult r) {
    StringBuilder h = new StringBuilder("<table><thead><tr><th>method</th><th>budget</th><th>trained</th>");
    for (Metric m : r.metrics()) {
      h.append("<th>").append(Html.escape(m.name())).append(m.lowerIsBetter() ? " &darr;" : " &uarr;").append("</th>");
    }
    for (Metric m : r.metrics()) {
      h.append("<th>ret ").append(Html.escape(m.name())).append(" %</th>");
    }
    h.append("<th>mean retention %</th><th>vs random [95% CI]</th><th>verdict</th><th>train s</th><th>select s</th>"
        + "</tr></thead><tbody>\n");
    for (ResultRow row : r.rows()) {
      String cls = row.name().equals("full") ? "full" : row.name().startsWith("random") ? "random" : "method";
      h.append("<tr class=\"").append(cls).append("\"><td>").append(Html.escape(row.name())).append("</td><td>")
          .append(row.budget()).append("</td><td>").append(row.trainSamples()).append("</td>");
      double sum = 0;
      int count = 0;
      for (Metric m : r.metrics()) {
        h.append("<td>").append(stat(row.metrics().get(m.name()), "%.4f")).append("</td>");
      }
      for (Metric m : r.metrics()) {
        Stat s = row.retention().get(m.name());
        h.append("<td>").append(stat(s, "%.2f")).append("</td>");
        if (s != null && s.mean() != null) {
          sum += s.mean();
          count++;
        }
      }
      h.append("<td>").append(count == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", sum / count)).append("</td><td>")
          .append(row.paired() == null ? "-" : row.paired().format()).append("</td><td>")
          .append(row.paired() == null ? "-" : Html.escape(row.paired().verdict())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.3f", row.trainSeconds())).append("</td><td>")
          .append(row.selectionSeconds() == null ? "-" : String.format(Locale.ROOT, "%.3f", row.selectionSeconds()))
          .append("</td></tr>\n");
    }
    return h.append("</tbody></table>\n").toString();
  }

  private static String stat(Stat s, String format) {
    return s == null ? "n/a" : s.format(format, " &plusmn; ");
  }
}
