package org.coreset4j.selection.dq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatasetQuantizationTest {

  /** The formula of ALGORITHMS.md evaluated literally in float64 (O(N^2) per bin). */
  static int[][] bruteForce(double[][] x, int bins, boolean cosine, double lambda) {
    return bruteForce(x.length, bins, lambda, (p, q) -> sim(x[p], x[q], cosine));
  }

  /** sim(p, x) of two sample ids. */
  interface PairSim {
    double of(int p, int q);
  }

  /** The DQ greedy bins of any sim, literally in float64: {bin of every sample, pick order}. */
  static int[][] bruteForce(int n, int bins, double lambda, PairSim sim) {
    int per = n / bins;
    int[] bin = new int[n];
    Arrays.fill(bin, -1);
    int[] order = new int[n];
    int picked = 0;
    for (int b = 0; b < bins; b++) {
      int[] pool = java.util.stream.IntStream.range(0, n).filter(i -> bin[i] < 0).toArray();
      int target = b == bins - 1 ? pool.length : per;
      double[] colsum = new double[pool.length];
      for (int a = 0; a < pool.length; a++) {
        for (int p : pool) {
          colsum[a] += sim.of(p, pool[a]);
        }
      }
      double[] penalty = new double[pool.length];
      boolean[] chosen = new boolean[pool.length];
      for (int step = 0; step < target; step++) {
        int best = -1;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < pool.length; a++) {
          double gain = lambda * colsum[a] - 2 * penalty[a];
          if (!chosen[a] && (best < 0 || gain > bestGain)) {
            best = a;
            bestGain = gain;
          }
        }
        chosen[best] = true;
        bin[pool[best]] = b;
        order[picked++] = pool[best];
        for (int a = 0; a < pool.length; a++) {
          penalty[a] += sim.of(pool[best], pool[a]);
        }
      }
    }
    return new int[][] {bin, order};
  }

  static double sim(double[] p, double[] q, boolean cosine) {
    double dot = 0, pp = 0, qq = 0, d2 = 0;
    for (int j = 0; j < p.length; j++) {
      dot += p[j] * q[j];
      pp += p[j] * p[j];
      qq += q[j] * q[j];
      d2 += (p[j] - q[j]) * (p[j] - q[j]);
    }
    return cosine ? 0.5 + 0.5 * dot / Math.sqrt(pp * qq) : -d2;
  }

  /** Gaussian clusters with some exact duplicate rows. */
  static FloatMatrix data(int n, int d, long seed, double offset) {
    SplittableRandom r = new SplittableRandom(seed);
    int clusters = 6;
    double[][] centers = new double[clusters][d];
    for (double[] c : centers) for (int j = 0; j < d; j++) c[j] = 2 * r.nextGaussian();
    float[] v = new float[n * d];
    for (int i = 0; i < n; i++) {
      double[] c = centers[r.nextInt(clusters)];
      for (int j = 0; j < d; j++) v[i * d + j] = (float) (offset + c[j] + r.nextGaussian());
    }
    for (int i = 0; i < n / 10; i++) {
      int src = r.nextInt(n), dst = r.nextInt(n);
      System.arraycopy(v, src * d, v, dst * d, d);
    }
    return FloatMatrix.of(v, n, d);
  }

  static Selection run(FloatMatrix x, String kernel, int bins, double lambda, double fraction, long seed, int threads) {
    try (Parallel p = new Parallel(threads)) {
      return Selectors.create("dq", MethodOptions.of("bins", "" + bins, "kernel", kernel, "lambda", "" + lambda))
          .select(x, Budget.fraction(fraction), SelectionContext.of(seed, p));
    }
  }

  static int[] ints(NdArray a) {
    return a.data() instanceof int[] i ? i : Arrays.stream((long[]) a.data()).mapToInt(Math::toIntExact).toArray();
  }

  // lambda = 2 is avoided: then the last two picks of the last bin tie in exact arithmetic
  // (both gains equal 2 (sim(x, x) + sim(x, y))), and only rounding decides between them.
  @ParameterizedTest
  @CsvSource({
    "sqeuclidean, 203, 5, 1.0, 1, 0",
    "cosine, 203, 5, 1.0, 1, 0",
    "sqeuclidean, 310, 7, 0.5, 2, 30",
    "cosine, 310, 7, 1.5, 3, 0",
    "sqeuclidean, 1200, 10, 1.0, 4, 5",
    "cosine, 1200, 3, 1.0, 5, 0",
    "cosine, 2500, 8, 1.0, 3, 0",
    "sqeuclidean, 4500, 6, 1.0, 6, 3",
  })
  void binsAndOrderEqualTheFloat64Formula(String kernel, int n, int bins, double lambda, long seed, double offset) {
    FloatMatrix x = data(n, 6, seed, offset);
    Selection s = run(x, kernel, bins, lambda, 0.2, seed, 2);
    int[][] want = bruteForce(x.toDoubleRows(), bins, kernel.equals("cosine"), lambda);
    assertThat(ints(s.diagnostics().get("bin"))).isEqualTo(want[0]);
    assertThat(ints(s.diagnostics().get("order"))).isEqualTo(want[1]);
  }

  // Tiny batches, epochs and active sets: most epochs run over a fraction of the pool, many cannot
  // be proven and are rolled back, and every pick must still be the plain greedy one.
  @ParameterizedTest
  @CsvSource({
    "sqeuclidean, 600, 4, 1.0, 7, 0, 1, 3",
    "cosine, 600, 4, 1.0, 8, 0, 2, 3",
    "cosine, 1500, 5, 0.7, 9, 0, 2, 3",
    "sqeuclidean, 1500, 3, 1.3, 10, 4, 2, 20",
    "cosine, 2400, 2, 1.0, 11, 0, 1, 20",
    "cosine, 3000, 3, 1.0, 12, 0, 2, 40",
  })
  void epochsOverSmallActiveSetsKeepThePicksExact(String kernel, int n, int bins, double lambda, long seed,
      double offset, int threads, int segments) {
    FloatMatrix x = data(n, 6, seed, offset);
    boolean cosine = kernel.equals("cosine");
    try (Parallel p = new Parallel(threads)) {
      GainModel model = cosine ? new CosineGain(x, lambda, p) : new SquaredEuclideanGain(x, lambda, p);
      GreedyBinning.Tuning tuning = new GreedyBinning.Tuning(4, segments * EpochCheck.SEGMENT, 8, 0.1, 0.05);
      GreedyBinning.Result r = GreedyBinning.run(model, n, x.cols(), bins, p, Progress.NONE, tuning);
      int[][] want = bruteForce(x.toDoubleRows(), bins, cosine, lambda);
      assertThat(r.bin()).isEqualTo(want[0]);
      assertThat(r.order()).isEqualTo(want[1]);
    }
  }

  @Test
  void leftoversGoToTheLastBinAndEveryBinIsSampled() {
    int n = 103, bins = 10;
    FloatMatrix x = data(n, 4, 9, 0);
    Selection s = run(x, "sqeuclidean", bins, 1, 0.3, 42, 1);
    int[] bin = ints(s.diagnostics().get("bin"));
    int[] sizes = new int[bins];
    for (int b : bin) sizes[b]++;
    for (int b = 0; b < bins - 1; b++) assertThat(sizes[b]).isEqualTo(10);
    assertThat(sizes[bins - 1]).isEqualTo(13);
    int[] perBin = new int[bins];
    for (int i : s.indices()) perBin[bin[i]]++;
    for (int b = 0; b < bins; b++) assertThat(perBin[b]).isEqualTo((int) Math.rint(0.3 * sizes[b]));
    assertThat(s.indices()).isSorted().doesNotHaveDuplicates();
    assertThat(Arrays.stream(s.indices()).allMatch(i -> i >= 0 && i < n)).isTrue();
  }

  @Test
  void sameSeedSameOutputForAnyThreadCount() {
    FloatMatrix x = data(2500, 12, 3, 0);
    Selection one = run(x, "cosine", 8, 1, 0.1, 7, 1);
    Selection two = run(x, "cosine", 8, 1, 0.1, 7, 2);
    assertThat(two.indices()).isEqualTo(one.indices());
    assertThat(ints(two.diagnostics().get("order"))).isEqualTo(ints(one.diagnostics().get("order")));
    Selection otherSeed = run(x, "cosine", 8, 1, 0.1, 8, 2);
    assertThat(otherSeed.indices()).isNotEqualTo(one.indices());
  }

  @Test
  void cosineRejectsZeroRows() {
    FloatMatrix x = data(50, 3, 1, 0);
    for (int j = 0; j < 3; j++) x.set(17, j, 0);
    assertThatThrownBy(() -> run(x, "cosine", 5, 1, 0.2, 0, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 17");
  }

  @Test
  void badOptionsNameTheOption() {
    FloatMatrix x = data(50, 3, 1, 0);
    assertThatThrownBy(() -> run(x, "sqeuclidean", 51, 1, 0.2, 0, 1)).hasMessageContaining("--bins 51");
    assertThatThrownBy(() -> run(x, "manhattan", 5, 1, 0.2, 0, 1)).hasMessageContaining("--kernel manhattan");
    assertThatThrownBy(() -> run(x, "sqeuclidean", 0, 1, 0.2, 0, 1)).hasMessageContaining("--bins 0");
  }
}
