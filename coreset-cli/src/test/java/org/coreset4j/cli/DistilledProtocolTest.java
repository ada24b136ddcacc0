package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.evaluation.HoldoutSplit;
import org.coreset4j.evaluation.ResultsJson;
import org.coreset4j.evaluation.RetrievalScores;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.nn.ContrastiveHeads;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.nn.StudentParams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code distill} records the protocol a set is made for and {@code evaluate} trains the set with it
 * by default: the scores equal a direct student training built from the manifest's numbers; sets
 * without a record keep the standard protocol; a malformed record is one line and exit 2.
 */
class DistilledProtocolTest {
  private static final int N = 60;
  private static final int SEEDS = 2;
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static Path distilled;
  private StringWriter err;

  @BeforeAll
  static void distil() {
    SplittableRandom r = new SplittableRandom(4);
    float[] u = new float[N * 6];
    float[] v = new float[N * 4];
    for (int i = 0; i < u.length; i++) u[i] = (float) r.nextGaussian();
    for (int i = 0; i < v.length; i++) v[i] = u[i / 4 * 6 + i % 4] + (float) (0.2 * r.nextGaussian());
    NpyWriter.write(dir.resolve("image.npy"), new NdArray(u, new long[] {N, 6}));
    NpyWriter.write(dir.resolve("caption.npy"), new NdArray(v, new long[] {N, 4}));
    distilled = dir.resolve("distilled");
    int code = Main.commandLine().execute("distill", "--input", "image=" + dir.resolve("image.npy"), "--input",
        "caption=" + dir.resolve("caption.npy"), "--pairs", "8", "--holdout", "0.2", "--learn-temperature",
        "--quiet", "--threads", "2", "--experts", "2", "--expert-epochs", "3", "--max-start-epoch", "1",
        "--syn-steps", "2", "--iterations", "20", "--step-lr", "0.05", "--out", distilled.toString());
    assertThat(code).isZero();
  }

  private int evaluate(Path set, Path json, String... extra) {
    List<String> a = new ArrayList<>(List.of("evaluate", "--task", "retrieval", "--pair", "image,caption",
        "--seeds", String.valueOf(SEEDS), "--threads", "2", "--input", "image=" + dir.resolve("image.npy"),
        "--input", "caption=" + dir.resolve("caption.npy"), "--synthetic", "d=" + set, "--json", json.toString()));
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
  void recordedProtocolEqualsADirectStudentTrainingOnTheSameSeeds() throws Exception {
    JsonNode p = JSON.readTree(distilled.resolve("manifest.json").toFile()).at("/derived/training_protocol");
    assertThat(p.get("temperature").asDouble()).isNotEqualTo(0.2);
    Path json = dir.resolve("recorded.json");
    assertThat(evaluate(distilled, json)).as(err.toString()).isZero();
    EvaluationResult result = ResultsJson.read(json);
    assertThat(result.model()).contains("synthetic d: recorded protocol");

    FloatMatrix image = read(dir.resolve("image.npy"));
    FloatMatrix caption = read(dir.resolve("caption.npy"));
    HoldoutSplit split = HoldoutSplit.of(N, 0.2, 0);
    Standardizer su = Standardizer.fit(image, split.train());
    Standardizer sv = Standardizer.fit(caption, split.train());
    StudentParams student = new StudentParams(p.get("head_dim").asInt(), p.get("temperature").asDouble(),
        p.get("step_size").asDouble(), p.get("steps").asInt());
    FloatMatrix synImage = read(distilled.resolve("image.npy"));
    FloatMatrix synCaption = read(distilled.resolve("caption.npy"));
    int[] all = IntStream.range(0, synImage.rows()).toArray();
    double[] direct = new double[RetrievalScores.names().size()];
    for (int seed = 0; seed < SEEDS; seed++) {
      ContrastiveHeads heads = student.train(su.apply(synImage, all), sv.apply(synCaption, all), all.length,
          image.cols(), caption.cols(), seed);
      double[] scores = RetrievalScores.of(heads, su, sv, image, caption, split.test());
      for (int k = 0; k < direct.length; k++) {
        direct[k] += scores[k] / SEEDS;
      }
    }
    for (int k = 0; k < direct.length; k++) {
      String metric = RetrievalScores.names().get(k);
      assertThat(result.row("d").metrics().get(metric).mean()).as(metric).isCloseTo(direct[k], within(1e-9));
    }

    Path standard = dir.resolve("standard.json");
    assertThat(evaluate(distilled, standard, "--synthetic-protocol", "standard")).as(err.toString()).isZero();
    assertThat(ResultsJson.read(standard).model()).contains("synthetic d: standard protocol");
  }

  @Test
  void aSetWithoutARecordIsTrainedWithTheStandardProtocol() throws Exception {
    Path old = copy("old");
    ObjectNode manifest = (ObjectNode) JSON.readTree(old.resolve("manifest.json").toFile());
    ((ObjectNode) manifest.get("derived")).remove("training_protocol");
    JSON.writeValue(old.resolve("manifest.json").toFile(), manifest);
    Path json = dir.resolve("old.json");
    assertThat(evaluate(old, json)).as(err.toString()).isZero();
    assertThat(ResultsJson.read(json).model()).contains("synthetic d: standard protocol");
  }

  @Test
  void aMalformedRecordIsOneLineAndExitTwo() throws Exception {
    String[][] cases = {{"step_size", "-1"}, {"steps", "2.5"}, {"optimizer", "\"adam\""}, {"temperature", "\"x\""}};
    for (String[] c : cases) {
      Path bad = copy("bad-" + c[0]);
      ObjectNode manifest = (ObjectNode) JSON.readTree(bad.resolve("manifest.json").toFile());
      ((ObjectNode) manifest.at("/derived/training_protocol")).set(c[0], JSON.readTree(c[1]));
      JSON.writeValue(bad.resolve("manifest.json").toFile(), manifest);
      Path json = dir.resolve("bad-" + c[0] + ".json");
      assertThat(evaluate(bad, json)).as(err.toString()).isEqualTo(2);
      assertThat(err.toString().strip().lines().count()).isEqualTo(1);
      assertThat(err.toString()).contains("manifest.json").contains("training_protocol." + c[0]);
      assertThat(Files.exists(json)).isFalse();
    }
    Path noScales = copy("no-scales");
    Files.delete(noScales.resolve("standardization.npz"));
    assertThat(evaluate(noScales, dir.resolve("no-scales.json"))).isEqualTo(2);
    assertThat(err.toString()).contains("standardization.npz");
    assertThat(evaluate(distilled, dir.resolve("sideways.json"), "--synthetic-protocol", "sideways")).isEqualTo(2);
    assertThat(err.toString()).contains("--synthetic-protocol sideways");
  }

  private static Path copy(String name) throws Exception {
    Path to = dir.resolve(name);
    Files.createDirectories(to);
    try (var files = Files.list(distilled)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }
}
