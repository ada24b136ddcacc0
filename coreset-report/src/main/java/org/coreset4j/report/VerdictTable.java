package org.coreset4j.report;

import java.util.Locale;
import java.util.Map;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.Paired;
import org.coreset4j.evaluation.ResultRow;
import org.coreset4j.evaluation.ResultTable;
import org.coreset4j.evaluation.VerdictMatrix;

/**
 * The verdicts as an HTML table, one row per method and one column per budget: "better" cells
 * green, "worse" red, no difference grey, each with the paired difference from random in points and
 * its 95% interval as a tooltip; random's own verdict score on the first row.
 */
final class VerdictTable {
  private VerdictTable() {}

  static String html(EvaluationResult r) {
    VerdictMatrix matrix = VerdictMatrix.of(r);
    StringBuilder h = new StringBuilder("<table class=\"verdicts\"><thead><tr><th>method</th>");
    matrix.budgets().forEach(b -> h.append("<th>").append(ResultTable.percent(b, r.samples())).append("</th>"));
    h.append("</tr></thead><tbody>\n");
    for (Map.Entry<String, Map<Integer, ResultRow>> curve : matrix.curves().entrySet()) {
      boolean random = curve.getKey().equals(VerdictMatrix.RANDOM);
      h.append("<tr").append(random ? " class=\"random\"" : "").append("><td>")
          .append(Html.escape(random ? "random (verdict score %)" : curve.getKey())).append("</td>");
      for (int b : matrix.budgets()) {
        ResultRow row = curve.getValue().get(b);
        h.append(row == null ? "<td></td>" : random ? scoreCell(row) : cell(row.paired()));
      }
      h.append("</tr>\n");
    }
    return h.append("</tbody></table>\n").toString();
  }

  private static String scoreCell(ResultRow row) {
    return "<td>" + (row.score() == null || row.score().mean() == null ? "n/a"
        : String.format(Locale.ROOT, "%.1f", row.score().mean())) + "</td>";
  }

  private static String cell(Paired p) {
    if (p == null || p.mean() == null) {
      return "<td>n/a</td>";
    }
    String cls = switch (p.verdict()) {
      case Paired.BETTER -> "better";
      case Paired.WORSE -> "worse";
      default -> "same";
    };
    String word = cls.equals("same") ? "~" : cls;
    return String.format(Locale.ROOT, "<td class=\"%s\" title=\"%s\">%s %+.1f</td>", cls, Html.escape(p.format()),
        word, p.mean());
  }
}
