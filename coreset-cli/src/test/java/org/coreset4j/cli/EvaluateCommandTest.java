package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertThat(Files.readString(dir.resolve("r.html"))).contains("map-chart", "retention-chart");

    int again = run(new ReportCommand(TestNpy::open), "--results", p("r.json"), "--out", p("again.html"),
        "--selection", "first=" + p("a.npy"), "--selection", "odd=" + p("b.txt"), "--coords", p("coords.npy"));
    assertThat(again).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("again.html"))).isEqualTo(Files.readString(dir.resolve("r.html")));
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
