package org.coreset4j.selection.negclip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Sampling;
import org.coreset4j.util.Seeds;
import org.junit.jupiter.api.Test;

class NegClipSelectorTest {
  private static final long SEED = 5;

  /** The scores, written plainly: unit rows, every batch's log-sum-exps shifted by their own maxima. */
  static double[] bruteForce(double[][] a, double[][] b, double tau, int batch, int repeats, long seed) {
    int n = a.length;
    double[][] u = unit(a);
    double[][] v = unit(b);
    double[] normaliser = new double[n];
    for (int r = 0; r < repeats; r++) {
      // the documented partition: indices by their hash, cut into consecutive batches of size b
      int[] order = hashOrder(n, seed, r);
      for (int start = 0; start < n; start += batch) {
        int[] members = Arrays.copyOfRange(order, start, Math.min(n, start + batch));
        for (int i : members) {
          double[] row = new double[members.length];
          double[] col = new double[members.length];
          for (int q = 0; q < members.length; q++) {
            row[q] = dot(u[i], v[members[q]]) / tau;
            col[q] = dot(u[members[q]], v[i]) / tau;
          }
          normaliser[i] += logSumExp(row) + logSumExp(col);
        }
      }
    }
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = dot(u[i], v[i]) / tau - 0.5 * normaliser[i] / repeats;
    }
    return s;
  }

  /** [0, n) by ascending Seeds.mix(Seeds.derive(seed, r), i), written plainly. */
  private static int[] hashOrder(int n, long seed, int r) {
    return IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingLong(i -> Seeds.mix(Seeds.derive(seed, r), i)))
        .mapToInt(Integer::intValue).toArray();
  }

  private static double[][] unit(double[][] x) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      double norm = Math.sqrt(dot(x[i], x[i]));
      out[i] = new double[x[i].length];
      for (int j = 0; j < x[i].length; j++) out[i][j] = x[i][j] / norm;
    }
    return out;
  }

  private static double dot(double[] x, double[] y) {
    double s = 0;
    for (int j = 0; j < x.length; j++) s += x[j] * y[j];
    return s;
  }

  private static double logSumExp(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double e : x) m = Math.max(m, e);
    double s = 0;
    for (double e : x) s += Math.exp(e - m);
    return m + Math.log(s);
  }

  /** The window of the scores by a plain sort: descending for top, ascending otherwise, ties by index. */
  private static int[] window(double[] s, int k, String window) {
    Comparator<Integer> asc = Comparator.<Integer>comparingDouble(i -> s[i]).thenComparingInt(i -> i);
    Comparator<Integer> desc = Comparator.<Integer>comparingDouble(i -> -s[i]).thenComparingInt(i -> i);
    List<Integer> idx = new ArrayList<>(IntStream.range(0, s.length).boxed().toList());
    idx.sort(window.equals("top") ? desc : asc);
    int from = window.equals("middle") ? (s.length - k) / 2 : 0;
    return idx.subList(from, from + k).stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private static Selection run(Map<String, FloatMatrix> m, int n, int k, int threads, String... options) {
    try (Parallel p = new Parallel(threads)) {
      return new NegClipSelector(NegClipParams.from(MethodOptions.of(options)))
          .select(FloatMatrix.allocate(n, 1), Budget.size(k), SelectionContext.of(SEED, p).withModalities(m));
    }
  }

  private static double[] score(Selection s) {
    return (double[]) s.diagnostics().get("score").data();
  }

  /** Rows [0, 20) repeat at [100, 120) in both modalities. */
  private static Map<String, FloatMatrix> tiedData(int n, int d) {
    return Map.of("u", TestData.clustered(n, d, 3, 100, 20, 21), "v", TestData.clustered(n, d, 3, 100, 20, 22));
  }

  @Test
  void batchOrderIsTheDocumentedPermutation() {
    int[] order = NegClipSelector.batchOrder(1000, null, 9, 3);
    assertThat(order).isEqualTo(hashOrder(1000, 9, 3));
    assertThat(NegClipSelector.batchKey(9, 3, 17)).isEqualTo(Seeds.mix(Seeds.derive(9, 3), 17));
    assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(IntStream.range(0, 1000).toArray());
    assertThat(NegClipSelector.batchOrder(1000, null, 9, 4)).isNotEqualTo(order);
    // with int64 ids the keys are the ids' (as on Spark), whatever their positions
    long[] ids = IntStream.range(0, 1000).mapToLong(i -> 5_000_000_000L - 3L * i).toArray();
    Integer[] byIdKey = IntStream.range(0, 1000).boxed().toArray(Integer[]::new);
    Arrays.sort(byIdKey, java.util.Comparator.comparingLong(i -> NegClipSelector.batchKey(9, 3, ids[i])));
    assertThat(NegClipSelector.batchOrder(1000, ids, 9, 3)).containsExactly(Arrays.stream(byIdKey).mapToInt(i -> i).toArray());
  }

  @Test
  void matchesBruteForceWithDuplicateRows() {
    int n = 300, k = 90;
    Map<String, FloatMatrix> m = tiedData(n, 6);
    double[][] a = TestData.rows(m.get("u"));
    double[][] b = TestData.rows(m.get("v"));
    // b = 64 leaves a last batch of 44; b = 512 > N is one batch; tau = 0.001 takes the re-shifted sums
    String[][] cases = {{"0.05", "64", "4"}, {"0.01", "2", "3"}, {"0.5", "512", "1"}, {"0.001", "37", "2"}};
    for (String[] c : cases) {
      double[] want = bruteForce(a, b, Double.parseDouble(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]), SEED);
      for (String w : new String[] {"top", "middle", "bottom"}) {
        Selection got = run(m, n, k, 1, "pair", "u,v", "tau", c[0], "batch", c[1], "repeats", c[2], "window", w);
        double[] s = score(got);
        for (int i = 0; i < n; i++) {
          assertThat(Math.abs(s[i] - want[i])).as("%s score %d", Arrays.toString(c), i)
              .isLessThanOrEqualTo(1e-9 * (1 + Math.abs(want[i])));
        }
        assertThat(got.indices()).as("%s %s", Arrays.toString(c), w).isEqualTo(window(want, k, w));
      }
    }
  }

  @Test
  void duplicatesInOneBatchTieExactlyAndTiesGoToTheLowestIndex() {
    int n = 200;
    Map<String, FloatMatrix> m = tiedData(n, 5);
    double[] s = score(run(m, n, 10, 1, "pair", "u,v", "batch", "256"));
    for (int i = 0; i < 20; i++) {
      assertThat(s[100 + i]).as("duplicate of %d", i).isEqualTo(s[i]);
    }
    // every pair identical and two full batches: every score ties, so each window is a run of
    // consecutive indices (a smaller last batch would lift its members: a smaller normaliser)
    FloatMatrix same = FloatMatrix.of(new float[] {3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4}, 6, 2);
    Map<String, FloatMatrix> flat = Map.of("u", same, "v", same);
    double[] tied = score(run(flat, 6, 3, 1, "pair", "u,v", "batch", "3"));
    assertThat(tied).containsOnly(tied[0]);
    assertThat(run(flat, 6, 3, 1, "pair", "u,v", "batch", "3").indices()).containsExactly(0, 1, 2);
    assertThat(run(flat, 6, 3, 2, "pair", "u,v", "batch", "3", "window", "bottom").indices()).containsExactly(0, 1, 2);
    assertThat(run(flat, 6, 2, 1, "pair", "u,v", "batch", "3", "window", "middle").indices()).containsExactly(2, 3);
  }

  @Test
  void sameScoresForOneAndTwoThreads() {
    int n = 3000;
    Map<String, FloatMatrix> m = Map.of("image", TestData.clustered(n, 24, 5, 100, 50, 31),
        "text", TestData.clustered(n, 24, 4, 100, 50, 32));
    Selection one = run(m, n, 300, 1, "pair", "image,text", "batch", "256", "repeats", "3");
    Selection two = run(m, n, 300, 2, "pair", "image,text", "batch", "256", "repeats", "3");
    assertThat(score(two)).isEqualTo(score(one));
    assertThat(two.indices()).isEqualTo(one.indices()).hasSize(300);
  }

  @Test
  void rejectsBadInputNamingTheOption() {
    Map<String, FloatMatrix> m = Map.of("u", TestData.clustered(10, 3, 2, 5, 1, 1),
        "v", TestData.clustered(10, 3, 2, 5, 1, 2), "w", TestData.clustered(10, 2, 2, 5, 1, 3),
        "zero", FloatMatrix.allocate(10, 3));
    for (String tau : new String[] {"0", "-0.5"}) {
      assertThatThrownBy(() -> run(m, 10, 2, 1, "pair", "u,v", "tau", tau)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("--tau").hasMessageContaining("> 0");
    }
    assertThatThrownBy(() -> run(m, 10, 2, 1, "pair", "u,v", "batch", "1")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--batch").hasMessageContaining(">= 2");
    assertThatThrownBy(() -> run(m, 10, 2, 1, "pair", "u,v", "repeats", "0")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--repeats");
    assertThatThrownBy(() -> run(m, 10, 2, 1, "pair", "u,audio")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--pair u,audio").hasMessageContaining("audio").hasMessageContaining("u,v,w,zero");
    assertThatThrownBy(() -> run(m, 10, 2, 1, "pair", "u,w")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--pair u,w").hasMessageContaining("dimensions 3 and 2 differ");
    assertThatThrownBy(() -> run(m, 10, 2, 1, "pair", "zero,v")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--pair").hasMessageContaining("row 0 of modality zero");
    assertThatThrownBy(() -> run(m, 10, 2, 1, "tau", "0.1")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--pair").hasMessageContaining("negclip");
    assertThatThrownBy(() -> run(m, 10, 2, 1, "pair", "u,v", "window", "side")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--window");
  }

  @Test
  void keepsAlignedPairsAndDropsMisalignedOnes() {
    int n = 2000, d = 32;
    SplittableRandom g = new SplittableRandom(77);
    float[] u = new float[n * d];
    float[] v = new float[n * d];
    // 8 broad concepts: pairs of one concept resemble each other, so the batch term matters
    double[][] concept = new double[8][d];
    for (double[] c : concept) for (int j = 0; j < d; j++) c[j] = g.nextGaussian();
    for (int i = 0; i < n; i++) {
      double[] c = concept[g.nextInt(concept.length)];
      for (int j = 0; j < d; j++) {
        double shared = c[j] + 0.7 * g.nextGaussian();
        u[i * d + j] = (float) (shared + 0.5 * g.nextGaussian());
        v[i * d + j] = (float) (shared + 0.5 * g.nextGaussian());
      }
    }
    // 30% misaligned: their v rows shuffled among themselves (a cyclic shift, so none keeps its own)
    int[] bad = Sampling.withoutReplacement(n, 3 * n / 10, 123);
    float[] moved = v.clone();
    for (int t = 0; t < bad.length; t++) {
      System.arraycopy(v, bad[(t + 1) % bad.length] * d, moved, bad[t] * d, d);
    }
    Map<String, FloatMatrix> m = Map.of("image", FloatMatrix.of(u, n, d), "text", FloatMatrix.of(moved, n, d));
    int[] top = run(m, n, n / 2, 2, "pair", "image,text", "batch", "256").indices();
    boolean[] isBad = new boolean[n];
    for (int i : bad) isBad[i] = true;
    long misalignedKept = Arrays.stream(top).filter(i -> isBad[i]).count();
    assertThat(misalignedKept).as("misaligned pairs in the top half").isLessThanOrEqualTo(bad.length / 100);
  }
}
