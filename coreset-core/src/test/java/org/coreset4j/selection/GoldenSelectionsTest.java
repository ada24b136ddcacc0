package org.coreset4j.selection;

import org.coreset4j.params.MethodOptions;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

/**
 * Pins the output of every method: selected indices and a SHA-256 of every diagnostic, for 1 and 2
 * threads, on fixed data with duplicate rows. A change here is a change of selections and must be
 * explained in the commit that updates {@code golden/selections.json}; regenerate it with
 * {@code -Dcoreset4j.golden.update=<path of the json in src/test/resources>}.
 */
class GoldenSelectionsTest {
  private static final FloatMatrix X = TestData.clustered(240, 12, 5, 200, 20, 11);
  private static final FloatMatrix IMAGE = TestData.clustered(240, 8, 5, 200, 20, 12);
  private static final FloatMatrix TEXT = TestData.clustered(240, 8, 5, 200, 20, 13);
  /** The target set of the methods that read one: 30 rows in X's space, two of them repeated. */
  private static final FloatMatrix TARGET = TestData.clustered(30, 12, 3, 28, 2, 14);
  /** Marks a run made without the target, for the methods that can do without one. */
  private static final String NO_TARGET = "(no --target)";

  /** Every method with its defaults and the variants whose code paths differ. */
  private static final List<String[]> RUNS = List.of(
      run("random"),
      run("dq"), run("dq", "kernel", "cosine", "bins", "7"), run("dq", "lambda", "0.5", "bins", "3"),
      run("dq", "similarity", "crossmodal", "pair", "image,text", "bins", "5"),
      run("coincide"), run("coincide", "intra", "random", "clusters", "9"),
      run("coincide", "intra", "centroid", "clusters", "6", "kmeans-init", "kmeans++"),
      run("coincide", "clusters", "8", "kmeans-batch", "64", "kmeans-iters", "10"),
      run("semdedup"), run("semdedup", "keep", "easy", "clusters", "5"),
      run("semdedup", "keep", "random", "eps", "0.05"),
      run("selfsup"), run("selfsup", "keep", "easy", "clusters", "7"),
      run("balance"), run("balance", "clusters", "9", "kmeans-init", "kmeans++"),
      run("dbp"), run("dbp", "clusters", "8", "neighbors", "3", "tau", "0.02"), run("dbp", "within", "random"),
      run("d2"), run("d2", "neighbors", "4", "gamma-forward", "0.5", "gamma-reverse", "1"),
      run("ccs"), run("ccs", "beta", "0.2", "strata", "4"),
      run("kcenter"), run("kcenter", "metric", "cosine", "first", "3"), run("kcenter", "compact", "bf16"),
      run("herding"), run("forgetting"),
      run("score"), run("score", "window", "middle"), run("score", "window", "bottom"),
      run("clipscore", "pair", "image,text"),
      run("crosscov", "pair", "image,text"), run("crosscov", "pair", "text,image", "center", "yes"),
      run("negclip", "pair", "image,text"),
      run("negclip", "pair", "text,image", "tau", "0.07", "batch", "50", "repeats", "3", "window", "middle"),
      run("negclip", "pair", "image,text", "tau", "0.001", "batch", "64", "window", "bottom"),
      run("facility-location"), run("facility-location", "optimizer", "naive", "similarity", "euclidean"),
      run("facility-location", "optimizer", "stochastic", "similarity", "corr2", "epsilon", "0.2"),
      run("facility-location", "neighbors", "10", "similarity", "cosine2"),
      run("graphcut"), run("graphcut", "optimizer", "naive", "neighbors", "8"),
      run("logdet"), run("logdet", "optimizer", "stochastic", "similarity", "corr2", "ridge", "0.01"),
      run("normsim"), run("normsim", "p", "inf"), run("vas"), withoutTarget(run("vas")));

  private static String[] run(String... methodAndOptions) {
    return methodAndOptions;
  }

  /** The run with no target in its context; its key ends in {@link #NO_TARGET}. */
  private static String[] withoutTarget(String[] run) {
    String[] r = java.util.Arrays.copyOf(run, run.length + 1);
    r[run.length] = NO_TARGET;
    return r;
  }

  @Test
  void everyRegisteredMethodIsPinned() {
    assertThat(RUNS.stream().map(r -> r[0]).toList()).containsAll(Selectors.names());
  }

  @Test
  void everyMethodGivesItsRecordedOutputForOneAndTwoThreads() throws IOException {
    Map<String, Object> now = new TreeMap<>();
    for (String[] r : RUNS) {
      Map<String, Object> one = describe(r, 1);
      assertThat(describe(r, 2)).as("%s with 2 threads", key(r)).isEqualTo(one);
      now.put(key(r), one);
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    String update = System.getProperty("coreset4j.golden.update");
    if (update != null) {
      json.writeValue(Path.of(update).toFile(), now);
    }
    try (InputStream in = getClass().getResourceAsStream("/golden/selections.json")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> golden = json.readValue(in, TreeMap.class);
      assertThat(golden.keySet()).isEqualTo(now.keySet());
      for (String k : now.keySet()) {
        assertThat((Object) json.valueToTree(now.get(k))).as(k).isEqualTo(json.valueToTree(golden.get(k)));
      }
    }
  }

  private static String key(String[] r) {
    return String.join(" ", r);
  }

  private static Map<String, Object> describe(String[] r, int threads) {
    boolean target = !r[r.length - 1].equals(NO_TARGET);
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 1; i + 1 < r.length; i += 2) {
      opts.put(r[i], r[i + 1]);
    }
    try (Parallel p = new Parallel(threads)) {
      SelectionContext c = SelectionContext.of(5, p).withScores(scores()).withEvents(events())
          .withModalities(Map.of("image", IMAGE, "text", TEXT)).withTarget(target ? TARGET : null);
      Selection s = Selectors.create(r[0], new MethodOptions(opts)).select(X, Budget.size(48), c);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("indices", java.util.Arrays.stream(s.indices()).boxed().toList());
      Map<String, String> diag = new TreeMap<>();
      s.diagnostics().forEach((name, a) -> diag.put(name, sha256(a)));
      out.put("diagnostics", diag);
      return out;
    }
  }

  private static double[] scores() {
    SplittableRandom g = new SplittableRandom(7);
    double[] s = new double[X.rows()];
    for (int i = 0; i < s.length; i++) {
      s[i] = i % 17 == 0 ? 0.5 : g.nextDouble();
    }
    return s;
  }

  private static byte[][] events() {
    SplittableRandom g = new SplittableRandom(8);
    byte[][] e = new byte[X.rows()][6];
    for (byte[] row : e) {
      for (int j = 0; j < row.length; j++) {
        row[j] = (byte) (g.nextInt(3) == 0 ? 0 : 1);
      }
    }
    return e;
  }

  /** Shape, dtype and the little-endian bytes of the values. */
  private static String sha256(NdArray a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((a.numpyDtype() + java.util.Arrays.toString(a.shape())).getBytes());
      Object d = a.data();
      ByteBuffer b;
      switch (d) {
        case int[] v -> { b = le(4 * v.length); b.asIntBuffer().put(v); }
        case long[] v -> { b = le(8 * v.length); b.asLongBuffer().put(v); }
        case double[] v -> { b = le(8 * v.length); b.asDoubleBuffer().put(v); }
        case float[] v -> { b = le(4 * v.length); b.asFloatBuffer().put(v); }
        case boolean[] v -> { b = le(v.length); for (boolean x : v) b.put((byte) (x ? 1 : 0)); }
        default -> throw new IllegalStateException("unknown diagnostic type " + d.getClass());
      }
      md.update(b.array());
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ByteBuffer le(int bytes) {
    return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }
}
