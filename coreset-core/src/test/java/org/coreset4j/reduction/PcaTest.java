package org.coreset4j.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;

class PcaTest {
  private static final Pca.Params ALWAYS_EXACT = new Pca.Params(10, 2, Integer.MAX_VALUE, 0);
  private static final Pca.Params ALWAYS_RANDOMIZED = new Pca.Params(10, 2, 0, 0);

  /** rank-r signal with decaying scales, noise, and a column offset so centering matters. */
  static FloatMatrix lowRankPlusNoise(int n, int d, int rank, double noise, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] basis = new double[rank][d];
    for (double[] b : basis) {
      for (int j = 0; j < d; j++) b[j] = r.nextGaussian();
    }
    float[] v = new float[n * d];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < rank; t++) {
        double w = r.nextGaussian() * (rank - t);
        for (int j = 0; j < d; j++) v[i * d + j] += (float) (w * basis[t][j]);
      }
      for (int j = 0; j < d; j++) v[i * d + j] += (float) (noise * r.nextGaussian() + 0.5 * j / d);
    }
    return FloatMatrix.of(v, n, d);
  }

  private static PcaResult fit(FloatMatrix x, int k, Pca.Params p, long seed, int threads) {
    try (Parallel par = new Parallel(threads)) {
      return new Pca(k, p).fit(x, seed, par, Progress.NONE);
    }
  }

  @Test
  void exactMatchesJacobiEigendecomposition() {
    FloatMatrix x = lowRankPlusNoise(300, 12, 6, 0.3, 1);
    assertMatchesJacobi(x, fit(x, 5, ALWAYS_EXACT, 0, 1));
  }

  @Test
  void gramMatchesJacobiEigendecompositionOnWideInput() {
    FloatMatrix x = lowRankPlusNoise(40, 120, 6, 0.3, 4);
    try (Parallel par = new Parallel(2)) {
      PcaResult got = GramPca.fit(x, 5, par, Progress.NONE);
      assertThat(got.randomized()).isFalse();
      assertMatchesJacobi(x, got);
    }
  }

  @Test
  void defaultsSolveShortWideInputsExactlyThroughTheGramMatrix() {
    FloatMatrix x = lowRankPlusNoise(20, 3000, 4, 0.2, 6);
    PcaResult auto = fit(x, 5, Pca.Params.DEFAULTS, 0, 2);
    assertThat(auto.randomized()).isFalse();
    try (Parallel par = new Parallel(1)) {
      assertThat(auto.scores().toArray()).containsExactly(GramPca.fit(x, 5, par, Progress.NONE).scores().toArray());
    }
  }

  @Test
  void gramIsDeterministicForAnyThreadCount() {
    FloatMatrix x = lowRankPlusNoise(300, 700, 5, 0.2, 5);
    float[][] scores = new float[2][];
    for (int t = 1; t <= 2; t++) {
      try (Parallel par = new Parallel(t)) {
        scores[t - 1] = GramPca.fit(x, 6, par, Progress.NONE).scores().toArray();
      }
    }
    assertThat(Arrays.equals(scores[0], scores[1])).as("threads 1 vs 2").isTrue();
  }

  /** The top components of the float64 covariance by Jacobi iteration, against {@code got}. */
  private static void assertMatchesJacobi(FloatMatrix x, PcaResult got) {
    int n = x.rows(), d = x.cols(), k = got.explainedVariance().length;
    double[][] a = x.toDoubleRows();
    double[] mu = new double[d];
    for (double[] row : a) for (int j = 0; j < d; j++) mu[j] += row[j] / n;
    double[][] cov = new double[d][d];
    for (double[] row : a) {
      for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) cov[i][j] += (row[i] - mu[i]) * (row[j] - mu[j]) / (n - 1);
    }
    double[][] vectors = new double[d][d];
    double[] values = jacobi(cov, vectors);
    Integer[] order = new Integer[d];
    for (int i = 0; i < d; i++) order[i] = i;
    Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));

    double total = 0;
    for (int i = 0; i < d; i++) total += cov[i][i];
    assertThat(got.totalVariance()).isCloseTo(total, within(1e-6 * total));
    for (int c = 0; c < k; c++) {
      int e = order[c];
      assertThat(got.explainedVariance()[c]).isCloseTo(values[e], within(1e-4 * values[0]));
      double[] comp = new double[d];
      int argmax = 0;
      for (int i = 0; i < d; i++) {
        comp[i] = vectors[i][e];
        if (Math.abs(comp[i]) > Math.abs(comp[argmax])) argmax = i;
      }
      double sign = Math.signum(comp[argmax]);
      for (int r = 0; r < n; r++) {
        double s = 0;
        for (int i = 0; i < d; i++) s += (a[r][i] - mu[i]) * comp[i] * sign;
        assertThat((double) got.scores().get(r, c)).as("score %d,%d", r, c)
            .isCloseTo(s, within(1e-3 * Math.sqrt(values[0])));
      }
    }
  }

  @Test
  void randomizedMatchesExactOnLowRankPlusNoise() {
    int n = 400, d = 600, k = 8;
    FloatMatrix x = lowRankPlusNoise(n, d, 8, 0.1, 2);
    PcaResult exact = fit(x, k, ALWAYS_EXACT, 0, 2);
    PcaResult rand = fit(x, k, ALWAYS_RANDOMIZED, 7, 2);
    assertThat(rand.randomized()).isTrue();
    assertThat(exact.randomized()).isFalse();
    assertThat(rand.totalVariance()).isCloseTo(exact.totalVariance(), within(1e-6 * exact.totalVariance()));
    for (int c = 0; c < k; c++) {
      double e = exact.explainedVariance()[c];
      assertThat(rand.explainedVariance()[c]).as("variance %d", c).isCloseTo(e, within(1e-3 * e));
      // cosine of the angle between the two score columns: components agree up to sign
      double dot = 0, ne = 0, nr = 0;
      for (int r = 0; r < n; r++) {
        double ve = exact.scores().get(r, c), vr = rand.scores().get(r, c);
        dot += ve * vr;
        ne += ve * ve;
        nr += vr * vr;
      }
      assertThat(dot / Math.sqrt(ne * nr)).as("cosine %d", c).isGreaterThan(0.9999);
    }
  }

  @Test
  void bothSolversAreDeterministicForAnyThreadCount() {
    FloatMatrix x = lowRankPlusNoise(257, 300, 5, 0.2, 3);
    for (Pca.Params p : new Pca.Params[] {ALWAYS_EXACT, ALWAYS_RANDOMIZED}) {
      float[] one = fit(x, 6, p, 11, 1).scores().toArray();
      float[] two = fit(x, 6, p, 11, 2).scores().toArray();
      assertThat(Arrays.equals(one, two)).as("threads 1 vs 2, %s", p).isTrue();
    }
    float[] a = fit(x, 6, ALWAYS_RANDOMIZED, 11, 2).scores().toArray();
    float[] b = fit(x, 6, ALWAYS_RANDOMIZED, 11, 2).scores().toArray();
    assertThat(Arrays.equals(a, b)).as("same seed").isTrue();
  }

  /** Cyclic Jacobi eigenvalue iteration for a symmetric matrix; eigenvectors in columns. */
  private static double[] jacobi(double[][] in, double[][] v) {
    int d = in.length;
    double[][] a = new double[d][];
    for (int i = 0; i < d; i++) {
      a[i] = in[i].clone();
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < d; p++) for (int q = p + 1; q < d; q++) off += a[p][q] * a[p][q];
      if (off < 1e-22) break;
      for (int p = 0; p < d; p++) {
        for (int q = p + 1; q < d; q++) {
          if (a[p][q] == 0) continue;
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) t = 1;
          double c = 1 / Math.sqrt(t * t + 1), s = t * c;
          for (int k = 0; k < d; k++) {
            double akp = a[k][p], akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < d; k++) {
            double apk = a[p][k], aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < d; k++) {
            double vkp = v[k][p], vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    double[] w = new double[d];
    for (int i = 0; i < d; i++) w[i] = a[i][i];
    return w;
  }
}
