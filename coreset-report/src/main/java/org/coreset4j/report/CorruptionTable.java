package org.coreset4j.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.coreset4j.util.InvalidInputException;

/**
 * How many corrupted samples each subset kept, per kind of corruption and in total, next to the
 * share of each kind in the full data. Built by whoever knows the ground truth (the demo);
 * selection never sees it.
 *
 * @param kinds names of the corruption kinds counted (clean samples are not a kind)
 * @param samples number of samples in the full data
 * @param full number of samples of each kind in the full data, in the order of {@code kinds}
 * @param rows one row per subset
 */
public record CorruptionTable(List<String> kinds, int samples, int[] full, List<Row> rows) {

  /**
   * One subset.
   *
   * @param method the method (or random) that chose the subset
   * @param budget the number of samples it was asked for
   * @param kept the number of samples it chose
   * @param counts number of chosen samples of each kind, in the order of the table's kinds
   */
  public record Row(String method, int budget, int kept, int[] counts) {
    /** The number of corrupted samples kept, all kinds together. */
    public int corrupted() {
      int sum = 0;
      for (int c : counts) {
        sum += c;
      }
      return sum;
    }

    /** The corrupted share of the kept samples in percent (0 for an empty subset). */
    public double corruptedPercent() {
      return kept == 0 ? 0 : 100.0 * corrupted() / kept;
    }
  }

  public CorruptionTable {
    kinds = List.copyOf(kinds);
    rows = List.copyOf(rows);
    if (full.length != kinds.size()) {
      throw new InvalidInputException("full counts " + full.length + " for " + kinds.size() + " kinds");
    }
    for (Row r : rows) {
      if (r.counts().length != kinds.size()) {
        throw new InvalidInputException("row " + r.method() + " has " + r.counts().length + " counts for "
            + kinds.size() + " kinds");
      }
    }
  }

  /** The number of corrupted samples in the full data. */
  public int fullCorrupted() {
    int sum = 0;
    for (int c : full) {
      sum += c;
    }
    return sum;
  }

  /** The corrupted share of the full data in percent. */
  public double fullCorruptedPercent() {
    return samples == 0 ? 0 : 100.0 * fullCorrupted() / samples;
  }

  /** A plain-text table: one line per subset, then the full data's counts and shares. */
  public String format() {
    int width = Math.max("full data %".length(), rows.stream().mapToInt(r -> r.method().length()).max().orElse(0));
    String name = "%-" + width + "s";
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, name + " %6s %6s %10s", "method", "budget", "kept",
        "corrupt %"));
    for (String k : kinds) {
      b.append(cell(k, k));
    }
    b.append('\n');
    for (Row r : rows) {
      b.append(String.format(Locale.ROOT, name + " %6d %6d %10.1f", r.method(), r.budget(), r.kept(),
          r.corruptedPercent()));
      for (int i = 0; i < kinds.size(); i++) {
        b.append(cell(kinds.get(i), Integer.toString(r.counts()[i])));
      }
      b.append('\n');
    }
    b.append(String.format(Locale.ROOT, name + " %6s %6d %10.1f", "full data", "", samples, fullCorruptedPercent()));
    for (int i = 0; i < kinds.size(); i++) {
      b.append(cell(kinds.get(i), Integer.toString(full[i])));
    }
    b.append('\n').append(String.format(Locale.ROOT, name + " %6s %6s %10s", "full data %", "", "", ""));
    for (int i = 0; i < kinds.size(); i++) {
      b.append(cell(kinds.get(i), String.format(Locale.ROOT, "%.1f", percent(full[i], samples))));
    }
    return b.append('\n').toString();
  }

  /**
   * The table as JSON: {@code kinds}, {@code samples}, {@code full} (counts per kind),
   * {@code fullCorrupted} and per row {@code method}, {@code budget}, {@code kept}, {@code counts},
   * {@code corrupted} and {@code corruptedPercent}.
   */
  public String json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.set("kinds", mapper.valueToTree(kinds));
    root.put("samples", samples);
    root.set("full", mapper.valueToTree(full));
    root.put("fullCorrupted", fullCorrupted());
    var array = root.putArray("rows");
    for (Row r : rows) {
      ObjectNode o = array.addObject();
      o.put("method", r.method()).put("budget", r.budget()).put("kept", r.kept());
      o.set("counts", mapper.valueToTree(r.counts()));
      o.put("corrupted", r.corrupted()).put("corruptedPercent", r.corruptedPercent());
    }
    return root.toPrettyString();
  }

  /** The same table in HTML; each count cell also gives its share of the subset. */
  String html() {
    StringBuilder h = new StringBuilder("<table><thead><tr><th>method</th><th>budget</th><th>kept</th>"
        + "<th>corrupted</th><th>corrupted %</th>");
    for (String k : kinds) {
      h.append("<th>").append(Html.escape(k)).append("</th>");
    }
    h.append("</tr></thead><tbody>\n");
    for (Row r : rows) {
      String cls = r.method().startsWith("random") ? "random" : "method";
      h.append("<tr class=\"").append(cls).append("\"><td>").append(Html.escape(r.method())).append("</td><td>")
          .append(r.budget()).append("</td><td>").append(r.kept()).append("</td><td>").append(r.corrupted())
          .append("</td><td>").append(String.format(Locale.ROOT, "%.1f", r.corruptedPercent())).append("</td>");
      for (int c : r.counts()) {
        h.append("<td>").append(c).append(" (").append(String.format(Locale.ROOT, "%.1f", percent(c, r.kept())))
            .append("%)</td>");
      }
      h.append("</tr>\n");
    }
    h.append("<tr class=\"full\"><td>full data</td><td></td><td>").append(samples).append("</td><td>")
        .append(fullCorrupted()).append("</td><td>").append(String.format(Locale.ROOT, "%.1f", fullCorruptedPercent()))
        .append("</td>");
    for (int c : full) {
      h.append("<td>").append(c).append(" (").append(String.format(Locale.ROOT, "%.1f", percent(c, samples)))
          .append("%)</td>");
    }
    return h.append("</tr>\n</tbody></table>\n").toString();
  }

  /** A text cell right-aligned under the column of this kind. */
  private static String cell(String kind, String value) {
    return " ".repeat(1 + Math.max(0, Math.max(6, kind.length()) - value.length())) + value;
  }

  private static double percent(int count, int of) {
    return of == 0 ? 0 : 100.0 * count / of;
  }
}
