package org.coreset4j.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.ResultTable;
import org.coreset4j.evaluation.ResultsJson;

/**
 * One self-contained HTML page that opens offline. For each evaluation (one per task, in the order
 * added) a section with its verdicts against random per method and budget, its retention table
 * and charts: retention per method with error bars (the verdict score per budget when there are
 * several), retention against budget with 95% bands and verdict marks, time against retention.
 * Then, once for all: the corrupted samples each subset kept (when known), a 2-D map of all
 * samples with selections highlighted, group (bin or cluster) sizes, thumbnails of selected
 * samples and the manifest. Charts are drawn by ECharts, whose script is
 * read from the classpath and inlined; the data travel as JSON inside the page.
 */
public final class Report {
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String title;
  private final List<EvaluationResult> results = new ArrayList<>();
  private FloatMatrix coordinates;
  private final Map<String, int[]> highlights = new LinkedHashMap<>();
  private final Map<String, int[]> groups = new LinkedHashMap<>();
  private final List<Thumbnail> thumbnails = new ArrayList<>();
  private JsonNode manifest;
  private CorruptionTable corruption;

  public Report(String title) {
    this.title = title;
  }

  /** Adds an evaluation to tabulate and chart in its own section, after those added before. */
  public Report results(EvaluationResult r) {
    results.add(r);
    return this;
  }

  /** 2-D coordinates (N x 2) of all samples for the map. */
  public Report coordinates(FloatMatrix xy) {
    if (xy.cols() != 2) {
      throw new InvalidInputException("map coordinates must have 2 columns, got " + xy.cols());
    }
    this.coordinates = xy;
    return this;
  }

  /** Samples to highlight on the map under this name (indices into the N samples). */
  public Report highlight(String name, int[] indices) {
    highlights.put(name, indices.clone());
    return this;
  }

  /** Sizes of the groups (bins, clusters) a method formed, charted under this name. */
  public Report groupSizes(String name, int[] sizes) {
    groups.put(name, sizes.clone());
    return this;
  }

  /** How many corrupted samples each subset kept, shown after the evaluations with a stacked bar chart. */
  public Report corruption(CorruptionTable table) {
    this.corruption = table;
    return this;
  }

  public Report thumbnail(Thumbnail t) {
    thumbnails.add(t);
    return this;
  }

  /** The manifest to show, as JSON text. */
  public Report manifest(String json) {
    try {
      this.manifest = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("manifest is not valid JSON: " + e.getOriginalMessage(), e);
    }
    return this;
  }

  /** Writes the page through a temporary file renamed on success. */
  public void write(Path out) {
    ResultsJson.writeAtomically(out, html());
  }

  public String html() {
    checkHighlights();
    StringBuilder h = new StringBuilder(1 << 21);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(Html.escape(title)).append("</title>\n<style>\n").append(resource("report.css"))
        .append("</style>\n</head><body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
    for (int i = 0; i < results.size(); i++) {
      appendResultSection(h, results.get(i), i);
    }
    if (corruption != null) {
      h.append("<h2>Corrupted samples kept</h2>\n").append(corruption.html()).append("<p class=\"note\">Per kind, "
          + "the number of kept samples the data generator corrupted (and their share of the subset); the last row is "
          + "the full data. Selection never sees which samples are corrupted.</p>\n"
          + "<div id=\"corruption-chart\" class=\"chart\"></div>\n");
    }
    if (coordinates != null) {
      h.append("<h2>Map of all samples</h2>\n<div id=\"map-chart\" class=\"chart\" style=\"height:560px\"></div>\n");
    }
    if (!groups.isEmpty()) {
      h.append("<h2>Group sizes</h2>\n<div id=\"group-charts\"></div>\n");
    }
    if (!thumbnails.isEmpty()) {
      h.append("<h2>Selected samples</h2>\n<div class=\"thumbs\">\n");
      for (Thumbnail t : thumbnails) {
        h.append("<figure><img alt=\"sample ").append(t.index()).append("\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(t.png())).append("\"><figcaption>#").append(t.index())
            .append(' ').append(Html.escape(t.caption())).append("</figcaption></figure>\n");
      }
      h.append("</div>\n");
    }
    if (manifest != null) {
      h.append("<h2>Manifest</h2>\n<details><summary>manifest.json</summary><pre>")
          .append(Html.escape(manifest.toPrettyString())).append("</pre></details>\n");
    }
    h.append("<script type=\"application/json\" id=\"report-data\">").append(Html.scriptSafe(dataJson()))
        .append("</script>\n<script>").append(Html.scriptSafe(classpath(ECHARTS))).append("</script>\n<script>")
        .append(resource("report.js")).append("</script>\n</body></html>\n");
    return h.toString();
  }

  /** The section of evaluation {@code i}: chart elements carry the suffix {@code -i} that report.js expects. */
  private static void appendResultSection(StringBuilder h, EvaluationResult r, int i) {
    h.append("<section class=\"task\">\n<h2>Task ").append(Html.escape(r.task())).append("</h2>\n<p class=\"sub\">")
        .append(Html.escape(summary(r))).append("</p>\n");
    if (r.rows().stream().anyMatch(row -> row.paired() != null)) {
      h.append("<h3>Against random</h3>\n").append(VerdictTable.html(r)).append("<p class=\"note\">Each method's "
          + "subset against random subsets of the same size, in points of ")
          .append(Html.escape(ResultTable.verdictScoreName(r))).append(": better or worse only when the 95% "
          + "interval of the difference, paired by training seed, excludes 0 (hover a cell for the interval); "
          + "~ no difference.</p>\n");
    }
    h.append("<h3>Retention</h3>\n").append(RetentionTable.html(r));
    h.append("<p class=\"note\">Retention: the share of full data's improvement over the trivial model that the "
        + "subset keeps, 100 &times; (trivial &minus; subset) / (trivial &minus; full) for errors and 100 &times; "
        + "(subset &minus; trivial) / (full &minus; trivial) for scores (0 = no better than the trivial model"
        + (r.trivialModel() == null ? "" : ", " + Html.escape(r.trivialModel()))
        + "); mean &plusmn; std over seeds. Mean retention averages it over the metrics. Vs random: the verdict score"
        + (r.verdictMetrics().isEmpty() ? "" : " (mean retention of " + Html.escape(String.join(", ", r.verdictMetrics()))
        + ")") + " minus random's at the same budget, paired by seed, with its 95% Student t interval; better or "
        + "worse when the interval excludes 0.</p>\n");
    h.append("<div id=\"retention-chart-").append(i).append("\" class=\"chart\"></div>\n");
    h.append("<div id=\"budget-section-").append(i).append("\" style=\"display:none\"><h3>Retention against budget</h3>"
        + "<div id=\"budget-chart-").append(i).append("\" class=\"chart\"></div></div>\n");
    h.append("<h3>Time against retention</h3>\n<div id=\"time-chart-").append(i)
        .append("\" class=\"chart\"></div>\n</section>\n");
  }

  private static String summary(EvaluationResult r) {
    return "Evaluated on " + r.samples() + " samples (" + r.trainSize() + " train, " + r.testSize()
        + " held out, never selected from), " + r.seeds() + " seeds. Model: " + r.model() + ".";
  }

  private void checkHighlights() {
    if (coordinates == null) {
      return;
    }
    for (Map.Entry<String, int[]> e : highlights.entrySet()) {
      for (int i : e.getValue()) {
        if (i < 0 || i >= coordinates.rows()) {
          throw new InvalidInputException("selection " + e.getKey() + " holds index " + i
              + ", outside the " + coordinates.rows() + " map coordinates");
        }
      }
    }
  }

  private String dataJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("results", MAPPER.valueToTree(results));
    if (coordinates != null) {
      ObjectNode map = root.putObject("map");
      ArrayNode x = map.putArray("x");
      ArrayNode y = map.putArray("y");
      for (int i = 0; i < coordinates.rows(); i++) {
        x.add(coordinates.get(i, 0));
        y.add(coordinates.get(i, 1));
      }
      ObjectNode hl = map.putObject("highlights");
      highlights.forEach((name, idx) -> hl.set(name, MAPPER.valueToTree(idx)));
    }
    if (corruption != null) {
      root.set("corruption", MAPPER.valueToTree(corruption));
    }
    ObjectNode g = root.putObject("groups");
    groups.forEach((name, sizes) -> g.set(name, MAPPER.valueToTree(sizes)));
    return root.toString();
  }

  private static String resource(String name) {
    return classpath("org/coreset4j/report/" + name);
  }

  private static String classpath(String path) {
    try (InputStream in = Report.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
