package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coreset4j.data.NdArray;
import org.coreset4j.io.NpzWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command that reads and writes files, in process: an output naming one of the inputs (also
 * through ./, dir/.., a symbolic or a hard link) or another output ends with one line naming both,
 * exit code 2, and the folder exactly as it was.
 */
class OutputClashesTest {
  private static final int N = 40;
  @TempDir Path dir;
  private StringWriter err;

  @BeforeEach
  void files() throws IOException {
    float[] a = new float[N * 6];
    long[] labels = new long[N];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) Math.sin(i);
    }
    for (int i = 0; i < N; i++) {
      labels[i] = i % 3;
    }
    TestNpy.writeFloats(dir.resolve("a.npy"), a, N, 6);
    TestNpy.writeFloats(dir.resolve("b.npy"), a, N, 2, 3);
    TestNpy.writeFloats(dir.resolve("scores.npy"), java.util.Arrays.copyOf(a, N), N);
    TestNpy.writeFloats(dir.resolve("events.npy"), java.util.Arrays.copyOf(a, N * 3), N, 3);
    TestNpy.writeLongs(dir.resolve("labels.npy"), labels);
    NpzWriter.write(dir.resolve("c.npz"), Map.of("x", new NdArray(a, new long[] {N, 6})));
    Files.writeString(dir.resolve("sel.txt"), "0\n1\n2\n");
    Files.writeString(dir.resolve("results.json"), "{}");
    Files.createDirectory(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("link.npy"), dir.resolve("a.npy"));
    Files.createSymbolicLink(dir.resolve("sel.json"), dir.resolve("a.npy"));
    Files.createLink(dir.resolve("hard.npy"), dir.resolve("a.npy"));
    for (String folder : new String[] {"probe", "traj", "emb", "scenes"}) {
      Files.createDirectory(dir.resolve(folder));
    }
    Files.copy(dir.resolve("a.npy"), dir.resolve("probe/el2n.npy"));
    Files.copy(dir.resolve("a.npy"), dir.resolve("traj/expert-0.npy"));
    Files.writeString(dir.resolve("emb/image.npy"), "an image model");
    Files.writeString(dir.resolve("scenes/captions.jsonl"), "{}\n");
  }

  static Stream<Arguments> clashes() {
    String select = "select --quiet --method random --size 5 --input a=D/a.npy ";
    String evaluate = "evaluate --task classify --seeds 1 --input a=D/a.npy --labels D/labels.npy --selection s=D/sel.txt ";
    String distill = "distill --quiet --pairs 3 --iterations 2 --input text=D/b.npy ";
    return Stream.of(
        Arguments.of(select + "--out D/a.npy", "--out D/a.npy would overwrite the input --input a=D/a.npy"),
        Arguments.of(select + "--out D/./a.npy", "--input a=D/a.npy"),
        Arguments.of(select + "--out D/sub/../a.npy", "--input a=D/a.npy"),
        Arguments.of(select + "--out D/link.npy", "--input a=D/a.npy"),
        Arguments.of(select + "--out D/hard.npy", "--input a=D/a.npy"),
        Arguments.of(select + "--out D/sel.npy", "the manifest (--out with .json) D/sel.json would overwrite the input"),
        Arguments.of(select + "--input b=D/b.npy --out D/o.npy --manifest D/b.npy", "--manifest D/b.npy would overwrite the input --input b=D/b.npy"),
        Arguments.of(select + "--input c=D/c.npz:x --out D/o.npy --diagnostics D/c.npz", "--diagnostics D/c.npz would overwrite the input --input c=D/c.npz"),
        Arguments.of("select --quiet --method score --size 5 --input a=D/a.npy --scores D/scores.npy --out D/o.npy "
            + "--save-features D/scores.npy", "--save-features D/scores.npy would overwrite the input --scores D/scores.npy"),
        Arguments.of("select --quiet --method forgetting --size 5 --input a=D/a.npy --events D/events.npy --out D/o.npy "
            + "--save-features D/events.npy", "--save-features D/events.npy would overwrite the input --events D/events.npy"),
        Arguments.of(select + "--out D/o.npy --save-features D/o.npy", "--out D/o.npy and --save-features D/o.npy name the same file"),
        Arguments.of(select + "--out D/o.txt --manifest D/./o.txt", "--out D/o.txt and --manifest D/./o.txt name the same file"),
        Arguments.of("probe --quiet --input a=D/probe/el2n.npy --labels D/labels.npy --out D/probe",
            "--out D/probe (el2n.npy) would overwrite the input --input a=D/probe/el2n.npy"),
        Arguments.of("probe --quiet --input a=D/a.npy --labels D/probe/el2n.npy --out D/probe",
            "--out D/probe (el2n.npy) would overwrite the input --labels D/probe/el2n.npy"),
        Arguments.of(evaluate + "--json D/sel.txt", "--json D/sel.txt would overwrite the input --selection D/sel.txt"),
        Arguments.of(evaluate + "--report D/labels.npy", "--report D/labels.npy would overwrite the input --labels D/labels.npy"),
        Arguments.of(evaluate + "--json D/r.json --report D/r.json", "--json D/r.json and --report D/r.json name the same file"),
        Arguments.of("report --results D/results.json --out D/results.json",
            "--out D/results.json would overwrite the input --results D/results.json"),
        Arguments.of(distill + "--input image=D/traj/expert-0.npy --trajectories D/traj --out D/d",
            "--trajectories D/traj (expert-0.npy) would overwrite the input --input image=D/traj/expert-0.npy"),
        Arguments.of(distill + "--input image=D/a.npy --trajectories D/t --out D/t",
            "--trajectories D/t (expert-0.npy) lies in --out D/t, which is written as a whole"),
        Arguments.of("embed --scenes D/scenes --out D/emb --image-model D/emb/image.npy",
            "--out D/emb (image.npy) would overwrite the input --image-model D/emb/image.npy"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clashes")
  void anOutputNamingAnInputOrAnotherOutputIsRejected(String command, String message) throws IOException {
    Map<String, String> before = tree();
    int code = run(command.replace("D/", dir + "/").split(" "));
    String printed = err.toString();
    assertThat(code).as(printed).isEqualTo(2);
    assertThat(printed.strip().lines().count()).as(printed).isEqualTo(1);
    assertThat(printed).contains(message.replace("D/", dir + "/"));
    assertThat(tree()).isEqualTo(before);
  }

  @Test
  void outputsBesideTheInputsAreWritten() {
    String select = "select --quiet --method kcenter --size 5 --input a=D/a.npy --out D/sub/sel.npy --save-features D/sub/f.npy";
    assertThat(run(select.replace("D/", dir + "/").split(" "))).as(err.toString()).isZero();
    assertThat(dir.resolve("sub/sel.json")).exists();
    assertThat(dir.resolve("sub/f.npy")).exists();
  }

  private int run(String... args) {
    err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  /** Every file and folder under the test folder with its content (links followed). */
  private Map<String, String> tree() throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.toList()) {
        all.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "folder"
            : java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
      }
    }
    return all;
  }
}
