package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.coreset4j.io.Tensors;
import org.coreset4j.provenance.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code coreset probe} end to end, in process: outputs that select reads, determinism, bad input. */
class ProbeCommandTest {
  private static final int N = 120;
  @TempDir static Path dir;
  private StringWriter err;

  @BeforeAll
  static void inputs() {
    SplittableRandom r = new SplittableRandom(3);
    float[] tokens = new float[N * 3 * 4];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = (float) r.nextGaussian();
    }
    TestNpy.writeFloats(dir.resolve("tokens.npy"), tokens, N, 3, 4);
    float[] plain = new float[N * 5];
    long[] labels = new long[N];
    for (int i = 0; i < N; i++) {
      for (int c = 0; c < 5; c++) {
        plain[i * 5 + c] = (float) r.nextGaussian();
      }
      labels[i] = plain[i * 5] + tokens[i * 12] > 0.5 ? 2 : plain[i * 5 + 1] > 0 ? 1 : 0;
    }
    TestNpy.writeFloats(dir.resolve("plain.npy"), plain, N, 5);
    TestNpy.writeLongs(dir.resolve("labels.npy"), labels);
    TestNpy.writeLongs(dir.resolve("short.npy"), java.util.Arrays.copyOf(labels, N - 1));
    TestNpy.writeLongs(dir.resolve("one.npy"), new long[N]);
    float[] half = new float[N];
    half[7] = 0.5f;
    half[8] = 1;
    TestNpy.writeFloats(dir.resolve("half.npy"), half, N);
  }

  private int run(String... args) {
    err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  private static String[] probe(Path out, String labels, String... extra) {
    List<String> a = new ArrayList<>(List.of("probe", "--quiet", "--input", "tok=" + dir.resolve("tokens.npy"),
        "--input", "plain=" + dir.resolve("plain.npy"), "--normalize", "l2", "--labels",
        dir.resolve(labels).toString(), "--epochs", "6", "--el2n-epoch", "2", "--out", out.toString()));
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }

  @Test
  void writesSignalsThatSelectReadsTheSameForAnyThreadCount() throws Exception {
    Path one = dir.resolve("signals1");
    Path two = dir.resolve("signals2");
    assertThat(run(probe(one, "labels.npy", "--threads", "1", "--el2n-runs", "2"))).as(err.toString()).isZero();
    assertThat(run(probe(two, "labels.npy", "--threads", "2", "--el2n-runs", "2"))).as(err.toString()).isZero();
    byte[][] events = Tensors.readEvents(one.resolve("events.npy"));
    assertThat(events).hasNumberOfRows(N);
    assertThat(events[0]).hasSize(6);
    double[] el2n = Tensors.readVector(one.resolve("el2n.npy"), null);
    double[] loss = Tensors.readVector(one.resolve("loss.npy"), null);
    assertThat(el2n).hasSize(N);
    assertThat(loss).hasSize(N);
    assertThat(java.util.Arrays.stream(el2n)).allMatch(v -> v >= 0 && v <= Math.sqrt(2));
    assertThat(java.util.Arrays.stream(loss)).allMatch(v -> v >= 0);
    for (String f : List.of("events.npy", "el2n.npy", "loss.npy")) {
      assertThat(Files.readAllBytes(two.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
    }
    Manifest m = Manifest.fromJson(Files.readString(one.resolve("manifest.json")));
    assertThat(m.command()).isEqualTo("probe");
    assertThat(m.inputs()).extracting(Manifest.Input::name).containsExactly("tok", "plain", "labels");
    assertThat(m.inputs()).allMatch(i -> i.sha256().length() == 64);
    assertThat(m.counts()).containsEntry("samples", N).containsEntry("classes", 3).containsEntry("feature_dims", 9);
    assertThat(m.options()).containsEntry("epochs", 6).containsEntry("el2n_runs", 2);

    Path sel = dir.resolve("forgetting.npy");
    assertThat(run("select", "--quiet", "--input", "plain=" + dir.resolve("plain.npy"), "--method", "forgetting",
        "--events", one.resolve("events.npy").toString(), "--fraction", "0.25", "--out", sel.toString()))
        .as(err.toString()).isZero();
    assertThat(Tensors.readVector(sel, null)).hasSize(30);
    Path top = dir.resolve("el2n-top.npy");
    assertThat(run("select", "--quiet", "--input", "plain=" + dir.resolve("plain.npy"), "--method", "score",
        "--scores", one.resolve("el2n.npy").toString(), "--window", "top", "--size", "10", "--out", top.toString()))
        .as(err.toString()).isZero();
    double[] picked = Tensors.readVector(top, null);
    double tenth = java.util.Arrays.stream(el2n).boxed().sorted(java.util.Comparator.reverseOrder()).skip(9)
        .findFirst().orElseThrow();
    assertThat(java.util.Arrays.stream(picked)).allMatch(i -> el2n[i.intValue()] >= tenth);
  }

  @Test
  void rerunningIntoAnExistingFolderReplacesItsFilesAndLeavesNoTemporaryFolder() throws Exception {
    Path out = dir.resolve("again");
    assertThat(run(probe(out, "labels.npy", "--seed", "1"))).as(err.toString()).isZero();
    byte[] first = Files.readAllBytes(out.resolve("el2n.npy"));
    assertThat(run(probe(out, "labels.npy", "--seed", "2"))).as(err.toString()).isZero();
    assertThat(Files.readAllBytes(out.resolve("el2n.npy"))).isNotEqualTo(first);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "short.npy|           |--labels has 119 values but the inputs have 120 rows",
      "half.npy|            |0.5 at position 7, not an integer",
      "one.npy|             |1 distinct class",
      "missing.npy|         |missing.npy",
      "labels.npy|--el2n-runs=0|--el2n-runs 0",
      "labels.npy|--threads=0|--threads 0",
      "labels.npy|--reduce=pca:0|pca:0"})
  void badInputIsOneLineExitTwoAndNoOutput(String labels, String extra, String message) throws Exception {
    Path out = dir.resolve("bad");
    String[] args = extra == null ? probe(out, labels) : probe(out, labels, extra);
    assertThat(run(args)).as(err.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString().strip()).startsWith("coreset: ").contains(message).doesNotContain("\n");
    assertThat(out).doesNotExist();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void aMissingInputOrParentFolderIsAnInputError() {
    assertThat(run("probe", "--quiet", "--input", "x=" + dir.resolve("nope.npy"), "--labels",
        dir.resolve("labels.npy").toString(), "--out", dir.resolve("none").toString()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).contains("nope.npy");
    assertThat(run(probe(dir.resolve("no-such-parent").resolve("out"), "labels.npy")))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).contains("does not exist");
    assertThat(dir.resolve("none")).doesNotExist();
  }
}
