package org.coreset4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.Metric;
import org.coreset4j.evaluation.Paired;
import org.coreset4j.evaluation.ResultRow;
import org.coreset4j.evaluation.Stat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** A depth evaluation over two budgets. */
  static EvaluationResult result() {
    List<Metric> metrics = List.of(new Metric("rmse", true), new Metric("loss", true));
    List<ResultRow> rows = new ArrayList<>();
    rows.add(row("full", 100, 80, 1.0, 100, 0.1, null));
    rows.add(row("random@10", 10, 8, 2.0, 50, 0.01, null));
    rows.add(row("dq@10", 10, 8, 1.8, 55.5, 0.01, 0.2));
    rows.add(row("random@20", 20, 16, 1.5, 66.7, 0.02, null));
    rows.add(row("dq@20", 20, 15, 1.4, 71.4, 0.02, 0.3));
    return new EvaluationResult("depth", "ridge <test>", 100, 80, 20, 3, metrics, "the training mean",
        Map.of("rmse", 3.0, "loss", 9.0), List.of("rmse"), rows);
  }

  /** A retrieval evaluation with other metrics and a single budget (no budget chart). */
  static EvaluationResult retrieval() {
    List<Metric> metrics = List.of(new Metric("i2t_R@1", false), new Metric("t2i_R@1", false));
    Map<String, Stat> score = Map.of("i2t_R@1", new Stat(0.4, 0.02), "t2i_R@1", new Stat(0.35, 0.03));
    Map<String, Stat> ret = Map.of("i2t_R@1", new Stat(80.0, 4.0), "t2i_R@1", new Stat(75.0, 5.0));
    List<ResultRow> rows = List.of(new ResultRow("full", 100, 80, score, Map.of("i2t_R@1", new Stat(100.0, 0.0),
        "t2i_R@1", new Stat(100.0, 0.0)), null, null, 0.5, null),
        new ResultRow("random", 10, 8, score, ret, null, null, 0.05, null),
        new ResultRow("dq@10", 10, 8, score, ret, null,
            new Paired("random", 1.5, null, null, Paired.NOT_AVAILABLE), 0.05, 0.2));
    return new EvaluationResult("retrieval", "contrastive <heads>", 100, 80, 20, 3, metrics, null, null, null, rows);
  }

  private static ResultRow row(String name, int budget, int used, double err, double ret, double secs, Double sel) {
    Map<String, Stat> m = Map.of("rmse", new Stat(err, 0.1), "loss", new Stat(err * err, 0.1));
    Map<String, Stat> r = Map.of("rmse", new Stat(ret, 2.0), "loss", new Stat(ret * 0.9, 3.0));
    Paired p = name.startsWith("random") || name.equals("full") ? null
        : new Paired("random@" + budget, 5.5, 1.0, 10.0, Paired.BETTER);
    return new ResultRow(name, budget, used, m, r, r.get("rmse"), p, secs, sel);
  }

  /** Two subsets of 10 of 100 samples, 2 of them misaligned and 10 duplicated. */
  static CorruptionTable corruption() {
    return new CorruptionTable(List.of("misaligned", "duplicate"), 100, new int[] {2, 10},
        List.of(new CorruptionTable.Row("random", 10, 10, new int[] {0, 1}),
            new CorruptionTable.Row("dq <x>", 10, 8, new int[] {2, 0})));
  }

  static Report fullReport() throws IOException {
    float[] xy = new float[200];
    for (int i = 0; i < 100; i++) {
      xy[2 * i] = (float) Math.cos(i);
      xy[2 * i + 1] = (float) Math.sin(i * 0.7);
    }
    BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    img.setRGB(3, 3, 0xff0000);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(img, "png", png);
    return new Report("test </script> report").results(result()).results(retrieval()).coordinates(FloatMatrix.of(xy, 100, 2))
        .highlight("dq@10", new int[] {1, 5, 9}).groupSizes("dq bins", new int[] {30, 30, 40})
        .corruption(corruption())
        .thumbnail(new Thumbnail(5, "a <b>scene</b>", png.toByteArray()))
        .manifest("{\"tool\": \"coreset4j\", \"note\": \"</script><script>alert(1)</script>\"}");
  }

  @Test
  void pageIsSelfContainedAndEscaped() throws IOException {
    String html = fullReport().html();
    assertThat(html).contains("echarts", "id=\"retention-chart-0\"", "id=\"budget-chart-0\"", "id=\"time-chart-0\"",
        "id=\"retention-chart-1\"", "id=\"budget-chart-1\"", "id=\"time-chart-1\"", "id=\"map-chart\"",
        "id=\"group-charts\"", "id=\"corruption-chart\"", "data:image/png;base64,", "<details>", "random@10", "Task depth", "Task retrieval");
    // one section per task, in the order added, before the shared parts shown once
    assertThat(html.indexOf("Task depth")).isLessThan(html.indexOf("Task retrieval"));
    assertThat(html.indexOf("Task retrieval")).isLessThan(html.indexOf("id=\"map-chart\""));
    assertThat(Pattern.compile("id=\"map-chart\"").matcher(html).results().count()).isEqualTo(1);
    assertThat(html).doesNotContainPattern("(src|href)=\"https?:");
    assertThat(html).contains("a &lt;b&gt;scene&lt;/b&gt;", "ridge &lt;test&gt;", "contrastive &lt;heads&gt;");
    // the paired comparison with random and its verdict; results without them (retrieval here) show "-" or n/a
    assertThat(html).contains("<th>vs random [95% CI]</th><th>verdict</th>", "<td>+5.50 [+1.00, +10.00]</td><td>better</td>",
        "<td>+1.50</td><td>n/a</td>", "mean retention of rmse");
    // the verdict table: one line per method, one column per budget (% of the 100 samples)
    assertThat(html).contains("<h3>Against random</h3>", "<th>10%</th><th>20%</th>",
        "<td class=\"better\" title=\"+5.50 [+1.00, +10.00]\">better +5.5</td>", "<td>random (verdict score %)</td>");
    // the only closing script tags are the page's own three
    assertThat(Pattern.compile("</script>").matcher(html).results().count()).isEqualTo(3);
  }

  @Test
  void corruptionTableCountsSharesAndFullData() throws IOException {
    CorruptionTable t = corruption();
    assertThat(t.rows().get(0).corrupted()).isEqualTo(1);
    assertThat(t.rows().get(1).corruptedPercent()).isEqualTo(25.0);
    assertThat(t.fullCorrupted()).isEqualTo(12);
    assertThat(t.fullCorruptedPercent()).isEqualTo(12.0);
    String text = t.format();
    assertThat(text.lines().toList()).hasSize(5);
    assertThat(text).contains("misaligned", "duplicate", "full data", "25.0", "12.0", "10.0");
    assertThat(t.json()).contains("\"fullCorrupted\" : 12", "\"method\" : \"dq <x>\"", "\"corrupted\" : 2",
        "\"corruptedPercent\" : 25.0");
    String html = fullReport().html();
    assertThat(html).contains("<h2>Corrupted samples kept</h2>", "<td>dq &lt;x&gt;</td><td>10</td><td>8</td><td>2</td>"
        + "<td>25.0</td><td>2 (25.0%)</td><td>0 (0.0%)</td>", "<td>full data</td>", "10 (10.0%)");
    assertThat(html.indexOf("Task retrieval")).isLessThan(html.indexOf("Corrupted samples kept"));
    assertThatThrownBy(() -> new CorruptionTable(List.of("a"), 10, new int[] {1, 2}, List.of()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new CorruptionTable(List.of("a"), 10, new int[] {1},
        List.of(new CorruptionTable.Row("m", 1, 1, new int[] {0, 0})))).hasMessageContaining("row m");
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> new Thumbnail(0, "x", new byte[] {1, 2, 3})).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Report("r").manifest("{oops")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Report("r").coordinates(FloatMatrix.allocate(3, 3)))
        .hasMessageContaining("2 columns");
    assertThatThrownBy(() -> new Report("r").coordinates(FloatMatrix.allocate(3, 2)).highlight("a", new int[] {3}).html())
        .hasMessageContaining("index 3");
  }

  /**
   * Needs Debian's chromium at /usr/bin/chromium; skipped where it is not installed. Leaves the page
   * and its screenshot in target/chromium-report for a look by eye.
   */
  @Test
  void chromiumRendersEveryChartOfBothTasksWithoutConsoleErrors(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    Path keep = Files.createDirectories(Path.of("target", "chromium-report"));
    Path page = keep.resolve("report.html");
    Path shot = keep.resolve("report.png");
    Files.deleteIfExists(shot);
    fullReport().write(page);
    String dom = chromium(dir, page, "--dump-dom").stdout;
    // depth: retention, budget, time; retrieval (one budget): retention, time; shared: corruption, map, one group chart
    for (String id : List.of("retention-chart-0", "budget-chart-0", "time-chart-0", "retention-chart-1",
        "time-chart-1", "corruption-chart", "map-chart", "group-chart-0")) {
      assertThat(dom).as(id).containsPattern("id=\"" + id + "\"[^>]*>\\s*<div[^>]*>\\s*<canvas");
    }
    assertThat(Pattern.compile("<canvas").matcher(dom).results().count()).isEqualTo(8);
    assertThat(dom).contains("id=\"budget-section-1\" style=\"display:none\"");
    Result logged = chromium(dir, page, "--enable-logging=stderr", "--v=0", "--screenshot=" + shot.toAbsolutePath(),
        "--window-size=1400,4200");
    assertThat(logged.stderr.lines().filter(l -> l.contains("CONSOLE")).toList()).isEmpty();
    assertThat(Files.size(shot)).isGreaterThan(20_000);
  }

  private record Result(String stdout, String stderr) {}

  private static Result chromium(Path dir, Path page, String... extra) throws Exception {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri().toString());
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish");
    }
    return new Result(Files.readString(out), Files.readString(err));
  }
}
