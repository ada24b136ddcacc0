package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code coreset distill} end to end, in process: outputs, reused trajectories, bad input. */
class DistillCommandTest {
  private static final int N = 60;
  private static final List<String> FAST = List.of("--quiet", "--threads", "2", "--experts", "2",
      "--expert-epochs", "3", "--max-start-epoch", "1", "--syn-steps", "2", "--iterations", "5");
  @TempDir static Path dir;
  private StringWriter err;

  @BeforeAll
  static void inputs() {
    SplittableRandom r = new SplittableRandom(9);
    float[] u = new float[N * 6];
    float[] v = new float[N * 4];
    for (int i = 0; i < u.length; i++) u[i] = (float) r.nextGaussian();
    for (int i = 0; i < v.length; i++) v[i] = u[i / 4 * 6 + i % 4] + (float) (0.2 * r.nextGaussian());
    NpyWriter.write(dir.resolve("u.npy"), new NdArray(u, new long[] {N, 6}));
    NpyWriter.write(dir.resolve("v.npy"), new NdArray(v, new long[] {N, 4}));
    NpyWriter.write(dir.resolve("short.npy"), new NdArray(new float[(N - 1) * 4], new long[] {N - 1, 4}));
    float[] nan = v.clone();
    nan[13 * 4 + 1] = Float.NaN;
    NpyWriter.write(dir.resolve("nan.npy"), new NdArray(nan, new long[] {N, 4}));
    NpyWriter.write(dir.resolve("other.npy"), new NdArray(new float[N * 4], new long[] {N, 4}));
  }

  private int run(String text, Path out, int pairs, String... extra) {
    List<String> a = new ArrayList<>(List.of("distill", "--input", "image=" + dir.resolve("u.npy"),
        "--input", "caption=" + dir.resolve(text), "--pairs", String.valueOf(pairs), "--out", out.toString()));
    a.addAll(FAST);
    a.addAll(List.of(extra));
    err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    return cl.execute(a.toArray(String[]::new));
  }

  private static FloatMatrix read(Path p) {
    try (Tensor t = Tensors.open(p, null)) {
      return Tensors.readMatrix(t);
    }
  }

  @Test
  void writesTheDistilledPairsAndReusesTrajectories() throws Exception {
    Path out = dir.resolve("d1");
    Path traj = dir.resolve("traj");
    assertThat(run("v.npy", out, 7, "--trajectories", traj.toString(), "--holdout", "0.2")).as(err.toString())
        .isZero();
    assertThat(read(out.resolve("image.npy")).rows()).isEqualTo(7);
    assertThat(read(out.resolve("caption.npy")).cols()).isEqualTo(4);
    assertThat(Double.parseDouble(Files.readString(out.resolve("step_size.txt")).strip())).isPositive();
    try (Tensor t = Tensors.open(out.resolve("nearest.npz"), "caption")) {
      assertThat(t.shape()).containsExactly(7, 5);
    }
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"distill\"").contains("sha256");
    assertThat(Files.exists(traj.resolve("expert-1.npy"))).isTrue();
    Path lowRank = dir.resolve("d-rank");
    assertThat(run("v.npy", lowRank, 7, "--head-rank", "2")).as(err.toString()).isZero();
    assertThat(read(lowRank.resolve("image.npy")).rows()).isEqualTo(7);
    Path again = dir.resolve("d2");
    assertThat(run("v.npy", again, 7, "--trajectories", traj.toString(), "--holdout", "0.2")).isZero();
    assertThat(read(again.resolve("image.npy")).toArray()).containsExactly(read(out.resolve("image.npy")).toArray());
    StringWriter table = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(table, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    int code = cl.execute("evaluate", "--task", "retrieval", "--pair", "image,caption", "--seeds", "1",
        "--input", "image=" + dir.resolve("u.npy"), "--input", "caption=" + dir.resolve("v.npy"),
        "--synthetic", "distilled=" + out);
    assertThat(code).isZero();
    assertThat(table.toString()).contains("distilled").contains("random");
  }

  @Test
  void covarianceMethodWritesPairsWithoutAStepSizeAndRecordsTheMethod() throws Exception {
    Path out = dir.resolve("cov");
    assertThat(run("v.npy", out, 6, "--method", "covariance", "--holdout", "0.2")).as(err.toString()).isZero();
    assertThat(read(out.resolve("image.npy")).rows()).isEqualTo(6);
    assertThat(Files.exists(out.resolve("step_size.txt"))).isFalse();
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"method\" : \"covariance\"")
        .contains("\"step_size\" : null");
  }

  @Test
  void badInputEndsWithOneLineExitTwoAndNoOutput() throws Exception {
    Path traj = dir.resolve("traj-bad");
    assertThat(run("v.npy", dir.resolve("t0"), 5, "--trajectories", traj.toString())).isZero();
    String[][] cases = {
        {"short.npy", "5", "same N"},
        {"v.npy", "61", "--pairs 61"},
        {"nan.npy", "5", "row 13"},
        {"other.npy", "5", "other data"},
        {"v.npy", "6", "other expert settings", "--head-rank", "2"},
        {"v.npy", "7", "--head-rank 5", "--head-rank", "5"},
        {"v.npy", "8", "--head-rank -1", "--head-rank", "-1"},
        {"v.npy", "9", "--method sideways", "--method", "sideways"},
        {"v.npy", "10", "covariance trains no experts", "--method", "covariance"},
        {"v.npy", "11", "temperature must be positive", "--temperature", "0"}};
    for (String[] c : cases) {
      Path out = dir.resolve("bad-" + c[0] + c[1]);
      List<String> extra = new ArrayList<>(List.of("--trajectories", traj.toString()));
      extra.addAll(List.of(c).subList(3, c.length));
      int code = run(c[0], out, Integer.parseInt(c[1]), extra.toArray(String[]::new));
      assertThat(code).as(err.toString()).isEqualTo(2);
      assertThat(err.toString().strip().lines().count()).isEqualTo(1);
      assertThat(err.toString()).contains(c[2]);
      assertThat(Files.exists(out)).isFalse();
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp"));
    }
  }
}
