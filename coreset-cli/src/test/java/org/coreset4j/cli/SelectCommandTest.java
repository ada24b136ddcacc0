package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.coreset4j.CoresetRequest;
import org.coreset4j.Coresets;
import org.coreset4j.data.NdArray;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.provenance.Manifest;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code coreset select} end to end, in process: outputs, determinism, and every bad input of CLI.md. */
class SelectCommandTest {
  private static final int N = 300;
  @TempDir static Path dir;
  private StringWriter err;

  @BeforeEach
  void inputs() {
    if (Files.exists(dir.resolve("rgb.npy"))) {
      return;
    }
    SplittableRandom r = new SplittableRandom(5);
    float[] rgb = new float[N * 4 * 8];
    for (int i = 0; i < rgb.length; i++) rgb[i] = (float) r.nextGaussian();
    NpyWriter.write(dir.resolve("rgb.npy"), new NdArray(rgb, new long[] {N, 4, 8}));
    float[] mask = new float[N * 6];
    for (int i = 0; i < mask.length; i++) mask[i] = (float) r.nextGaussian();
    NpyWriter.write(dir.resolve("mask.npy"), new NdArray(mask, new long[] {N, 6}));
    float[] nan = mask.clone();
    nan[41 * 6 + 2] = Float.NaN;
    nan[77 * 6] = Float.POSITIVE_INFINITY;
    NpyWriter.write(dir.resolve("nan.npy"), new NdArray(nan, new long[] {N, 6}));
    float[] zero = mask.clone();
    java.util.Arrays.fill(zero, 13 * 6, 14 * 6, 0f);
    NpyWriter.write(dir.resolve("zero.npy"), new NdArray(zero, new long[] {N, 6}));
    NpyWriter.write(dir.resolve("short.npy"), new NdArray(new float[(N - 1) * 6], new long[] {N - 1, 6}));
    NpyWriter.write(dir.resolve("flat.npy"), new NdArray(new float[N], new long[] {N}));
  }

  private int run(String... args) {
    err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  private String[] select(Path out, String... extra) {
    List<String> a = new ArrayList<>(List.of("select", "--quiet", "--input", "rgb=" + dir.resolve("rgb.npy"),
        "--input", "mask=" + dir.resolve("mask.npy"), "--out", out.toString()));
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }

  private static long[] indices(Path p) {
    return java.util.Arrays.stream(Tensors.readVector(p, null)).mapToLong(v -> (long) v).toArray();
  }

  @Test
  void dqWritesIndicesDiagnosticsFeaturesAndManifest() throws Exception {
    Path out = dir.resolve("dq.npy");
    assertThat(run(select(out, "--method", "dq", "--bins", "7", "--fraction", "0.2",
        "--diagnostics", dir.resolve("dq.npz").toString(), "--save-features", dir.resolve("f.npy").toString())))
        .as(err.toString()).isZero();
    long[] sel = indices(out);
    assertThat(sel).isSorted().doesNotHaveDuplicates();
    try (Tensor f = Tensors.open(dir.resolve("f.npy"), null); Tensor bin = Tensors.open(dir.resolve("dq.npz"), "bin");
        Tensor order = Tensors.open(dir.resolve("dq.npz"), "order")) {
      assertThat(f.shape()).containsExactly(N, 8 + 6);
      assertThat(bin.shape()).containsExactly(N);
      assertThat(order.shape()).containsExactly(N);
    }
    Manifest m = Manifest.fromJson(Files.readString(dir.resolve("dq.json")));
    assertThat(m.inputs()).hasSize(2);
    assertThat(m.inputs().get(0).sha256()).hasSize(64);
    assertThat(m.counts().get("selected")).isEqualTo(sel.length);
    assertThat(m.stageSeconds()).containsKeys("fuse", "select");
  }

  @Test
  void sameOutputForOneAndTwoThreads() {
    Path one = dir.resolve("t1.npy");
    Path two = dir.resolve("t2.npy");
    assertThat(run(select(one, "--method", "dq", "--kernel", "cosine", "--fraction", "0.3", "--threads", "1"))).isZero();
    assertThat(run(select(two, "--method", "dq", "--kernel", "cosine", "--fraction", "0.3", "--threads", "2"))).isZero();
    assertThat(indices(two)).isEqualTo(indices(one));
  }

  @Test
  void manifestReproducesTheSelectionThroughTheJavaApi() throws Exception {
    Path out = dir.resolve("rep.txt");
    assertThat(run(select(out, "--method", "dq", "--tokens", "concat", "--normalize", "l2", "--bins", "5",
        "--size", "40", "--seed", "9"))).isZero();
    Manifest m = Manifest.fromJson(Files.readString(dir.resolve("rep.json")));
    var o = m.options();
    CoresetRequest.Builder b = CoresetRequest.builder();
    for (Object spec : (List<?>) o.get("inputs")) {
      String[] kv = spec.toString().split("=", 2);
      b.input(kv[0], Path.of(kv[1]));
    }
    @SuppressWarnings("unchecked")
    var given = (java.util.Map<String, String>) o.get("method_options");
    assertThat(given).as("every parameter's effective value, defaults included")
        .containsExactly(java.util.Map.entry("bins", "5"), java.util.Map.entry("similarity", "sqeuclidean"),
            java.util.Map.entry("lambda", "1.0"));
    var methodOptions = new MethodOptions(given);
    var r = Coresets.select(b.fusion(FusionOptions.parse((String) o.get("tokens"), (String) o.get("normalize"),
            (String) o.get("fuse")))
        .reduce((String) o.get("reduce")).method((String) o.get("method"), methodOptions)
        .budget(Budget.size((Integer) o.get("size"))).seed(((Number) o.get("seed")).longValue()).build());
    long[] fromFile = Files.readAllLines(out).stream().mapToLong(Long::parseLong).toArray();
    assertThat(java.util.Arrays.stream(r.selection().indices()).asLongStream().toArray()).isEqualTo(fromFile);
  }

  /** Filter, then select: the method picks among the rows the prefilter kept; the manifest records both. */
  @Test
  void prefilterKeepsAShareThenTheMethodSelectsFromIt() throws Exception {
    Path out = dir.resolve("pre.npy");
    Path diagnostics = dir.resolve("pre.npz");
    assertThat(run(select(out, "--method", "herding", "--prefilter", "kcenter:0.5", "--size", "40",
        "--diagnostics", diagnostics.toString()))).as(err.toString()).isZero();
    double[] kept = Tensors.readVector(diagnostics, "prefilter_kept");
    assertThat(java.util.Arrays.stream(kept).sum()).isEqualTo(150);
    for (long i : indices(out)) {
      assertThat(kept[(int) i]).isEqualTo(1);
    }
    Manifest m = Manifest.fromJson(Files.readString(dir.resolve("pre.json")));
    assertThat(m.options()).containsEntry("prefilter", "kcenter:0.5").containsKey("prefilter_options");
  }

  @Test
  void targetMethodsReadTheTargetLikeAnInputAndRecordIt() throws Exception {
    // the target has tokens: pooled with --tokens mean to the features' 8 dimensions
    Path out = dir.resolve("normsim.npy");
    assertThat(run("select", "--quiet", "--input", "rgb=" + dir.resolve("rgb.npy"), "--method", "normsim",
        "--p", "inf", "--target", dir.resolve("rgb.npy").toString(), "--size", "30", "--out", out.toString(),
        "--diagnostics", dir.resolve("normsim.npz").toString())).as(err.toString()).isZero();
    long[] sel = indices(out);
    assertThat(sel).hasSize(30);
    Manifest m = Manifest.fromJson(Files.readString(dir.resolve("normsim.json")));
    assertThat(m.options()).containsEntry("target", dir.resolve("rgb.npy").toString());
    assertThat(m.inputs()).extracting(Manifest.Input::name).containsExactly("rgb", "target");
    assertThat(m.inputs().get(1).sha256()).isEqualTo(m.inputs().get(0).sha256());
    try (Tensor score = Tensors.open(dir.resolve("normsim.npz"), "score")) {
      float[] s = new float[N];
      score.readRows(0, N, s);
      for (long i : sel) {
        // each sample is its own target row, so its cosine to itself, 1, is the largest
        assertThat(s[(int) i]).isCloseTo(1f, org.assertj.core.api.Assertions.within(1e-6f));
      }
    }
    Path vas = dir.resolve("vas.txt");
    assertThat(run(select(vas, "--method", "vas", "--size", "20"))).as(err.toString()).isZero();
    assertThat(Files.readAllLines(vas)).hasSize(20);
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("missing file", List.of("--input", "x=" + "MISSING/none.npy", "--method", "dq", "--fraction", "0.1"), "none.npy"),
        Arguments.of("wrong shape", List.of("--input", "x=FLAT", "--method", "dq", "--fraction", "0.1"), "shape"),
        Arguments.of("N mismatch", List.of("--input", "a=RGB", "--input", "b=SHORT", "--method", "dq", "--fraction", "0.1"), "same N"),
        Arguments.of("NaN, first bad row", List.of("--input", "x=NAN", "--method", "dq", "--fraction", "0.1"), "row 41"),
        Arguments.of("zero row under cosine", List.of("--input", "x=ZERO", "--method", "dq", "--kernel", "cosine", "--fraction", "0.1"), "row 13"),
        Arguments.of("unknown method", List.of("--input", "x=RGB", "--method", "magic", "--fraction", "0.1"), "--method magic"),
        Arguments.of("unknown option", List.of("--input", "x=RGB", "--method", "dq", "--fraction", "0.1", "--colour", "red"), "--colour"),
        Arguments.of("fraction above 1", List.of("--input", "x=RGB", "--method", "dq", "--fraction", "1.5"), "--fraction"),
        Arguments.of("fraction zero", List.of("--input", "x=RGB", "--method", "dq", "--fraction", "0"), "--fraction"),
        Arguments.of("size above N", List.of("--input", "x=RGB", "--method", "random", "--size", "301"), "--size 301"),
        Arguments.of("bins above N", List.of("--input", "x=RGB", "--method", "dq", "--bins", "400", "--fraction", "0.1"), "--bins 400"),
        Arguments.of("option of another method", List.of("--input", "x=RGB", "--method", "dq", "--clusters", "9", "--fraction", "0.1"), "--clusters is not an option of --method dq"),
        Arguments.of("bad older option name", List.of("--input", "x=RGB", "--method", "dq", "--kernel", "l1", "--fraction", "0.1"), "--kernel l1"),
        Arguments.of("scores for a method without", List.of("--input", "x=RGB", "--method", "dq", "--scores", "MASK", "--fraction", "0.1"), "--scores is not used by --method dq"),
        Arguments.of("target of another dimension", List.of("--input", "x=MASK", "--method", "normsim", "--target", "RGB", "--fraction", "0.1"), "--target has dimension 8 but the selection features have 6"),
        Arguments.of("target for a method without", List.of("--input", "x=RGB", "--method", "dq", "--target", "MASK", "--fraction", "0.1"), "--target is not used by --method dq"),
        Arguments.of("normsim without a target", List.of("--input", "x=RGB", "--method", "normsim", "--fraction", "0.1"), "--target is required by --method normsim"),
        Arguments.of("normsim p outside 2, inf", List.of("--input", "x=MASK", "--method", "normsim", "--p", "3", "--target", "MASK", "--fraction", "0.1"), "--p 3"),
        Arguments.of("zero target row", List.of("--input", "x=MASK", "--method", "vas", "--target", "ZERO", "--fraction", "0.1"), "--target: row 13"),
        Arguments.of("bad reduce", List.of("--input", "x=RGB", "--method", "dq", "--reduce", "pca:0", "--fraction", "0.1"), "--reduce"),
        Arguments.of("bad out extension", List.of("--input", "x=RGB", "--method", "dq", "--fraction", "0.1", "--out", "OUTDIR/sel.csv"), "--out"),
        Arguments.of("prefilter without a share", List.of("--input", "x=RGB", "--method", "dq", "--prefilter", "kcenter", "--fraction", "0.1"), "--prefilter kcenter must be METHOD:KEEP"),
        Arguments.of("prefilter keeping less than the budget", List.of("--input", "x=RGB", "--method", "herding", "--prefilter", "kcenter:0.1", "--fraction", "0.2"), "keeps 30 of 300 samples, fewer than the budget of 60"),
        Arguments.of("option of neither step", List.of("--input", "x=RGB", "--method", "herding", "--prefilter", "kcenter:0.5", "--bins", "3", "--fraction", "0.1"), "--bins is not an option of --method herding or --prefilter kcenter"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputEndsWithOneLineExitTwoAndNoOutput(String name, List<String> args, String mention) throws Exception {
    Path outDir = Files.createTempDirectory(dir, "bad");
    List<String> a = new ArrayList<>(List.of("select", "--quiet"));
    boolean hasOut = false;
    for (String s : args) {
      hasOut |= s.startsWith("OUTDIR");
      a.add(s.replace("RGB", dir.resolve("rgb.npy").toString()).replace("FLAT", dir.resolve("flat.npy").toString())
          .replace("SHORT", dir.resolve("short.npy").toString()).replace("NAN", dir.resolve("nan.npy").toString())
          .replace("ZERO", dir.resolve("zero.npy").toString()).replace("MASK", dir.resolve("mask.npy").toString()).replace("MISSING", dir.resolve("missing").toString())
          .replace("OUTDIR", outDir.toString()));
    }
    if (!hasOut) {
      a.addAll(List.of("--out", outDir.resolve("sel.npy").toString(), "--diagnostics", outDir.resolve("d.npz").toString()));
    }
    int code = run(a.toArray(String[]::new));
    String message = err.toString();
    assertThat(code).as(message).isEqualTo(2);
    assertThat(message.strip().lines().count()).as(message).isEqualTo(1);
    assertThat(message).contains(mention);
    try (var files = Files.list(outDir)) {
      assertThat(files.toList()).isEmpty();
    }
  }
}
