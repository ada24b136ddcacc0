package org.coreset4j.selection.crossmodal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TensorGreedyTest {
  /** Guesses of 1 to 3 picks among 2 candidates: nearly every epoch is cut short by a wrong guess. */
  private static final TensorGreedy.Tuning TINY = new TensorGreedy.Tuning(1, 3, 2);
  private static final TensorGreedy.Tuning SMALL = new TensorGreedy.Tuning(2, 9, 6);

  /**
   * The straightforward rule, as the methods computed it before the engine: a running float64
   * N-vector of sum_s (u_s . u_x)(v_s . v_x), updated after every pick, and a full argmax of the
   * gain (ties to the lowest id) every step.
   */
  static int[] reference(TensorKernel kernel, double[][] m, int[] ids, int target, TensorGain gain) {
    double[] q = new double[ids.length];
    Arrays.setAll(q, p -> kernel.quadraticForm(ids[p], m));
    double[] acc = new double[ids.length];
    boolean[] chosen = new boolean[ids.length];
    int[] order = new int[target];
    for (int t = 0; t < target; t++) {
      int best = -1;
      double value = 0;
      for (int p = 0; p < ids.length; p++) {
        double g = gain.of(ids[p], t, q[p], acc[p]);
        if (!chosen[p] && (best < 0 || g > value)) {
          best = p;
          value = g;
        }
      }
      chosen[best] = true;
      order[t] = ids[best];
      double[] us = kernel.u().row(ids[best]);
      double[] vs = kernel.v().row(ids[best]);
      for (int p = 0; p < ids.length; p++) {
        acc[p] += kernel.u().dot(ids[p], us) * kernel.v().dot(ids[p], vs);
      }
    }
    return order;
  }

  /**
   * n rows of width d: small integers when {@code ints} (every sum exact, so distinct samples tie
   * exactly), else Gaussian around 0.5; rows [n/2, n/2 + n/8) repeat rows [0, n/8) in both
   * modalities, and rows [n/4, n/4 + n/16) are those rows plus 1e-7 (near ties).
   */
  static FloatMatrix rows(int n, int d, long seed, boolean ints) {
    SplittableRandom r = new SplittableRandom(seed);
    FloatMatrix x = FloatMatrix.allocate(n, d);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x.set(i, j, ints ? r.nextInt(-1, 3) : (float) (0.5 + r.nextGaussian()));
      }
    }
    for (int i = 0; i < n / 8; i++) {
      for (int j = 0; j < d; j++) {
        x.set(n / 2 + i, j, x.get(i, j));
      }
    }
    for (int i = 0; i < n / 16; i++) {
      for (int j = 0; j < d; j++) {
        x.set(n / 4 + i, j, x.get(i, j) + 1e-7f);
      }
    }
    return x;
  }

  private static int[] engine(TensorKernel kernel, double[][] m, int[] ids, int target, TensorGain gain,
      TensorGreedy.Tuning tuning, int threads) {
    try (Parallel p = new Parallel(threads)) {
      return TensorGreedy.run(kernel, m, ids, target, gain, tuning, p, Progress.NONE).order();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "120, 5, 3, 60, false, false, 1",
    "120, 5, 3, 60, false, true, 2",
    "97, 3, 4, 97, true, false, 3",
    "160, 4, 2, 80, true, true, 4",
    "64, 1, 1, 40, true, false, 5",
  })
  void herdingPicksEqualTheStraightforwardRule(int n, int du, int dv, int target, boolean ints, boolean center,
      long seed) {
    TensorKernel kernel;
    try (Parallel p = new Parallel(1)) {
      kernel = new TensorKernel(CentredRows.of(rows(n, du, seed, ints), center, 16, p),
          CentredRows.of(rows(n, dv, seed + 100, ints), center, 16, p));
    }
    int[] ids = new int[n];
    Arrays.setAll(ids, i -> i);
    double[][] c;
    try (Parallel p = new Parallel(1)) {
      c = kernel.outerSum(ids, n, p);
    }
    double[] self = new double[n];
    Arrays.setAll(self, kernel::self);
    TensorGain gain = new TensorGain.Herding(self);
    int[] want = reference(kernel, c, ids, target, gain);
    for (TensorGreedy.Tuning tuning : new TensorGreedy.Tuning[] {TINY, SMALL, TensorGreedy.Tuning.DEFAULT}) {
      for (int threads = 1; threads <= 2; threads++) {
        assertThat(engine(kernel, c, ids, target, gain, tuning, threads)).as("%s, %d threads", tuning, threads)
            .isEqualTo(want);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "150, 4, 3, 1.0, false, 11",
    "203, 2, 5, 0.5, true, 12",
    "180, 3, 3, -1.0, true, 13",
  })
  void binPicksFromAPoolEqualTheStraightforwardRule(int n, int du, int dv, double lambda, boolean ints, long seed) {
    TensorKernel kernel = new TensorKernel(CentredRows.asGiven(rows(n, du, seed, ints)),
        CentredRows.asGiven(rows(n, dv, seed + 100, ints)));
    // a pool of every third sample missing, as after earlier bins
    int[] pool = java.util.stream.IntStream.range(0, n).filter(i -> i % 3 != 1).toArray();
    double[][] m;
    try (Parallel p = new Parallel(1)) {
      m = kernel.outerSum(pool, pool.length, p);
    }
    TensorGain gain = new TensorGain.Bin(lambda);
    for (int target : new int[] {1, pool.length / 3, pool.length}) {
      int[] want = reference(kernel, m, pool, target, gain);
      for (TensorGreedy.Tuning tuning : new TensorGreedy.Tuning[] {TINY, SMALL, TensorGreedy.Tuning.DEFAULT}) {
        for (int threads = 1; threads <= 2; threads++) {
          assertThat(engine(kernel, m, pool, target, gain, tuning, threads))
              .as("target %d, %s, %d threads", target, tuning, threads).isEqualTo(want);
        }
      }
    }
  }
}
