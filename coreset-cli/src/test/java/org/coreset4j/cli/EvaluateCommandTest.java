package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.ResultRow;
import org.coreset4j.evaluation.ResultsJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {
  private static final int N = 200;
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeInputs() {
    SplittableRandom r = new SplittableRandom(1);
    float[] image = new float[N * 3 * 4];
    for (int i = 0; i < image.length; i++) {
      image[i] = (float) r.nextGaussian();
    }
    TestNpy.writeFloats(dir.resolve("image.npy"), image, N, 3, 4); // tokens, mean-pooled to (N, 4)
    float[] text = new float[N * 5];
    for (int i = 0; i < N; i++) {
      for (int c = 0; c < 5; c++) {
        text[i * 5 + c] = image[i * 12 + c % 4] + 0.1f * (float) r.nextGaussian();
      }
    }
    TestNpy.writeFloats(dir.resolve("text.npy"), text, N, 5);
    float[] depth = new float[N * 4 * 4];
    for (int i = 0; i < depth.length; i++) {
      depth[i] = image[(i / 16) * 12 + i % 4] + 0.05f * (float) r.nextGaussian();
    }
    TestNpy.writeFloats(dir.resolve("depth.npy"), depth, N, 4, 4);
    float[] labels = new float[N];
    for (int i = 0; i < N; i++) {
      labels[i] = image[i * 12] > 0 ? 1 : 0;
    }
    TestNpy.writeFloats(dir.resolve("labels.npy"), labels, N);
    TestNpy.writeLongs(dir.resolve("a.npy"), LongStream.range(0, 60).toArray());
    TestNpy.writeFloats(dir.resolve("coords.npy"), java.util.Arrays.copyOf(text, N * 2), N, 2);
  }

  private int run(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setExecutionExceptionHandler(new ExitCodes.ExceptionMapper());
    cl.setParameterExceptionHandler(new ExitCodes.ParameterMapper());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private int evaluate(String... args) {
    return run(new EvaluateCommand(TestNpy::open), args);
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void depthEvaluationPrintsTheTableAndWritesJsonAndReport() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "1\n3\n5\n7\n9\n11\n");
    int code = evaluate("--input", "image=" + p("image.npy"), "--input", "text=" + p("text.npy"), "--task", "depth",
        "--target", p("depth.npy"), "--selection", "first=" + p("a.npy"), "--selection", "odd=" + p("b.txt"),
        "--selection-time", "first=0.5", "--seeds", "2", "--threads", "2", "--json", p("r.json"),
        "--report", p("r.html"), "--coords", p("coords.npy"));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("full", "random@6", "random@60", "first", "odd", "rmse");
    EvaluationResult result = ResultsJson.read(dir.resolve("r.json"));
    assertThat(result.rows()).extracting(ResultRow::name)
        .containsExactly("full", "random@6", "odd", "random@60", "first");
    assertThat(result.row("first").selectionSeconds()).isEqualTo(0.5);
    // the JSON carries what the table shows: raw metrics, retention, the trivial model, the paired comparison
    assertThat(out.toString()).contains("vs random", "verdict", "the training mean of each depth cell");
    assertThat(result.trivial()).containsOnlyKeys("rmse", "loss");
    assertThat(result.verdictMetrics()).containsExactly("rmse");
    assertThat(result.row("first").metrics()).containsOnlyKeys("rmse", "loss");
    assertThat(result.row("first").retention()).containsOnlyKeys("rmse", "loss");
    assertThat(result.row("first").paired().against()).isEqualTo("random@60");
    assertThat(result.row("odd").paired().against()).isEqualTo("random@6");
    assertThat(result.row("first").paired().low()).isLessThanOrEqualTo(result.row("first").paired().high());
    assertThat(result.row("first").paired().verdict()).isIn("better", "worse", "no difference");
    assertThat(result.row("random@60").paired()).isNull();
    assertThat(Files.readString(dir.resolve("r.json"))).contains("\"trivial\"", "\"verdictMetrics\"", "\"paired\"",
        "\"verdict\"");
    assertThat(Files.readString(dir.resolve("r.html"))).contains("map-chart", "retention-chart");

    int again = run(new ReportCommand(TestNpy::open), "--results", p("r.json"), "--out", p("again.html"),
        "--selection", "first=" + p("a.npy"), "--selection", "odd=" + p("b.txt"), "--coords", p("coords.npy"));
    assertThat(again).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("again.html"))).isEqualTo(Files.readString(dir.resolve("r.html")));
  }

  /** Pooled and normalised in float64 here, as ALGORITHMS.md defines mean and first + l2. */
  @Test
  void tokensAndNormalizeShapeTheFeaturesAsSelectDoes() throws Exception {
    float[] image = new float[N * 12];
    TestNpy.open(dir.resolve("image.npy"), null).readRows(0, N, image);
    float[] mean = new float[N * 4];
    float[] firstL2 = new float[N * 4];
    for (int i = 0; i < N; i++) {
      double ss = 0;
      for (int c = 0; c < 4; c++) {
        double s = 0;
        for (int t = 0; t < 3; t++) {
          s += image[i * 12 + t * 4 + c];
        }
        mean[i * 4 + c] = (float) (s / 3);
        ss += (double) image[i * 12 + c] * image[i * 12 + c];
      }
      for (int c = 0; c < 4; c++) {
        firstL2[i * 4 + c] = (float) (image[i * 12 + c] * (1 / Math.sqrt(ss)));
      }
    }
    TestNpy.writeFloats(dir.resolve("mean.npy"), mean, N, 4);
    TestNpy.writeFloats(dir.resolve("first_l2.npy"), firstL2, N, 4);
    assertThat(depthRows("tokens.json", "image.npy")).isEqualTo(depthRows("mean.json", "mean.npy"));
    List<List<Object>> pooled = depthRows("first.json", "image.npy", "--tokens", "first", "--normalize", "l2");
    assertThat(pooled).isEqualTo(depthRows("first_l2.json", "first_l2.npy"));
    assertThat(pooled).isNotEqualTo(depthRows("again.json", "image.npy"));
  }

  /** Each row's name, metrics and retention (not its times) of a depth evaluation of one input. */
  private List<List<Object>> depthRows(String json, String input, String... extra) throws Exception {
    String[] args = concat(new String[] {"--input", "image=" + p(input), "--task", "depth", "--target", p("depth.npy"),
        "--selection", "a=" + p("a.npy"), "--seeds", "1", "--threads", "1", "--json", p(json)}, extra);
    assertThat(evaluate(args)).as(err.toString()).isZero();
    return ResultsJson.read(dir.resolve(json)).rows().stream()
        .map(r -> List.<Object>of(r.name(), r.metrics(), r.retention())).toList();
  }

  @Test
  void reportShowsOneSectionPerResultsFile() throws Exception {
    assertThat(evaluate("--input", "image=" + p("image.npy"), "--task", "depth", "--target", p("depth.npy"),
        "--selection", "a=" + p("a.npy"), "--seeds", "1", "--json", p("depth.json"))).as(err.toString()).isZero();
    assertThat(evaluate("--input", "image=" + p("image.npy"), "--input", "text=" + p("text.npy"), "--task", "retrieval",
        "--pair", "image,text", "--selection", "a=" + p("a.npy"), "--seeds", "1", "--json", p("retrieval.json")))
        .as(err.toString()).isZero();
    assertThat(run(new ReportCommand(TestNpy::open), "--results", p("depth.json"), "--results", p("retrieval.json"),
        "--out", p("both.html"), "--selection", "a=" + p("a.npy"), "--coords", p("coords.npy"))).as(err.toString()).isZero();
    String html = Files.readString(dir.resolve("both.html"));
    assertThat(html).contains("Task depth", "Task retrieval", "retention-chart-0", "retention-chart-1", "map-chart");
    assertThat(html.indexOf("Task depth")).isLessThan(html.indexOf("Task retrieval"));

    err.getBuffer().setLength(0);
    assertThat(run(new ReportCommand(TestNpy::open), "--results", p("depth.json"), "--out", p("bad.html"),
        "--coords", p("depth.npy"))).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).contains("--coords", "(N, D)");
    assertThat(dir.resolve("bad.html")).doesNotExist();
  }

  @Test
  void retrievalAndClassifyRun() {
    assertThat(evaluate("--input", "image=" + p("image.npy"), "--input", "text=" + p("text.npy"), "--task",
        "retrieval", "--pair", "image,text", "--selection", "a=" + p("a.npy"), "--seeds", "1")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("i2t_R@1", "t2i_R@10");
    assertThat(evaluate("--input", "image=" + p("image.npy"), "--task", "classify", "--labels", p("labels.npy"),
        "--selection", "a=" + p("a.npy"), "--seeds", "1")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("accuracy");
  }

  @Test
  void badInputExitsWithTwoAndOneLineAndWritesNothing() throws Exception {
    String[][] cases = {
      {"--task", "segment"},
      {"--task", "depth"},
      {"--task", "retrieval", "--pair", "image,audio"},
      {"--task", "classify", "--labels", p("depth.npy")},
      {"--task", "depth", "--target", p("labels.npy")},
      {"--task", "depth", "--target", p("depth.npy"), "--tokens", "max"},
      {"--task", "depth", "--target", p("depth.npy"), "--normalize", "zscore"},
    };
    for (String[] c : cases) {
      err.getBuffer().setLength(0);
      String[] args = concat(new String[] {"--input", "image=" + p("image.npy"), "--input", "text=" + p("text.npy"),
          "--selection", "a=" + p("a.npy"), "--json", p("bad.json")}, c);
      assertThat(evaluate(args)).as(String.join(" ", c)).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(err.toString().strip().lines().count()).as(err.toString()).isEqualTo(1);
    }
    TestNpy.writeLongs(dir.resolve("dup.npy"), new long[] {4, 4});
    assertThat(evaluate("--input", "image=" + p("image.npy"), "--task", "classify", "--labels", p("labels.npy"),
        "--selection", "d=" + p("dup.npy"), "--json", p("bad.json"))).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).contains("index 4 twice");
    assertThat(dir.resolve("bad.json")).doesNotExist();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
