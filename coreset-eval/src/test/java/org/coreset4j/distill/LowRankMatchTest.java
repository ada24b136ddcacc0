package org.coreset4j.distill;

import static org.coreset4j.distill.FiniteDifferences.assertMetaGradients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.coreset4j.nn.ContrastiveHeads;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

/**
 * The low-rank trajectory-matching objective against a direct float64 unroll of the factors B, A,
 * its meta-gradient against central finite differences of that whole objective, and the factor
 * algebra the experts use against plain loops.
 */
class LowRankMatchTest {
  private static final int M = 5;
  private static final int DU = 4;
  private static final int DV = 3;
  private static final int DIM = 3;
  private static final int RANK = 2;
  private static final int STEPS = 4;
  private static final double TAU = 0.5;

  private final SplittableRandom rng = new SplittableRandom(23);
  private final double[] u = RandomParams.gaussian(rng, M * DU);
  private final double[] v = RandomParams.gaussian(rng, M * DV);
  private final int count = LowRank.paramCount(DIM, DU, DV, RANK);
  private final double[] startParams = RandomParams.gaussian(rng, count);
  private final double[] targetParams = RandomParams.gaussian(rng, count);
  private final Heads start = Heads.of(startParams, DIM, DU, DV, TAU, RANK);
  private final Heads target = Heads.of(targetParams, DIM, DU, DV, TAU, RANK);
  private final ContrastiveHeads base = LowRank.base(DIM, DU, DV, TAU);
  /** Step 0.3 and a student temperature apart from the experts' TAU, so that both meta-gradients are tested. */
  private final Student student = new Student(Math.log(0.3), Math.log(0.4));

  @Test
  void objectiveEqualsAnUnrollOfTheFactors() {
    try (Parallel par = new Parallel(1)) {
      double fast = LowRankMatch.evaluate(u, v, M, student, start, target, base, STEPS, par).value();
      assertThat(fast).isCloseTo(unrolled(u, v, student), within(1e-10));
    }
  }

  @Test
  void metaGradientMatchesFiniteDifferencesOfTheWholeObjective() {
    try (Parallel par = new Parallel(2)) {
      TrajectoryMatch.Result r = LowRankMatch.evaluate(u, v, M, student, start, target, base, STEPS, par);
      assertMetaGradients(r, u, v, student, this::unrolled);
    }
  }

  @Test
  void sameResultForOneAndTwoThreads() {
    try (Parallel one = new Parallel(1); Parallel two = new Parallel(2)) {
      TrajectoryMatch.Result a = LowRankMatch.evaluate(u, v, M, student, start, target, base, STEPS, one);
      TrajectoryMatch.Result b = LowRankMatch.evaluate(u, v, M, student, start, target, base, STEPS, two);
      assertThat(b.gradImage()).containsExactly(a.gradImage());
      assertThat(b.gradText()).containsExactly(a.gradText());
      assertThat(b.gradLogStep()).isEqualTo(a.gradLogStep());
      assertThat(b.gradLogTemperature()).isEqualTo(a.gradLogTemperature());
    }
  }

  @Test
  void composedHeadsAndFactorGradientsEqualTheLoops() {
    ContrastiveHeads heads = new ContrastiveHeads(DIM, DU, DV, TAU, new double[DIM * (DU + DV)]);
    LowRank.compose(startParams, base, heads, RANK);
    assertThat(heads.params).containsExactly(composed(startParams), within(1e-12));
    double[] gradW = RandomParams.gaussian(rng, DIM * (DU + DV));
    assertThat(LowRank.chain(gradW, startParams, DIM, DU, DV, RANK))
        .containsExactly(chained(gradW, startParams), within(1e-12));
  }

  /** J by R plain SGD steps on B, A with W = W0 + B A and the heads' gradient from ContrastiveHeads. */
  private double unrolled(double[] uu, double[] vv, Student s) {
    double alpha = s.step();
    double[] theta = startParams.clone();
    double[] gradW = new double[DIM * (DU + DV)];
    for (int k = 0; k < STEPS; k++) {
      new ContrastiveHeads(DIM, DU, DV, s.temperature(), composed(theta)).lossAndGradient(uu, vv, M, gradW);
      double[] grad = chained(gradW, theta);
      for (int i = 0; i < count; i++) {
        theta[i] -= alpha * grad[i];
      }
    }
    int imageB = DIM * RANK;
    int text = RANK * (DIM + DU);
    return ratio(theta, 0, imageB) + ratio(theta, imageB, text) + ratio(theta, text, text + DIM * RANK)
        + ratio(theta, text + DIM * RANK, count);
  }

  private static final int[] COLS = {DU, DV};
  private static final int[] FACTORS = {0, RANK * (DIM + DU)};
  private static final int[] HEADS = {0, DIM * DU};

  /** W0 + B A of both heads, by loops. */
  private double[] composed(double[] theta) {
    double[] w = new double[DIM * (DU + DV)];
    for (int s = 0; s < 2; s++) {
      int a = FACTORS[s] + DIM * RANK;
      for (int i = 0; i < DIM; i++) {
        for (int j = 0; j < COLS[s]; j++) {
          int at = HEADS[s] + i * COLS[s] + j;
          w[at] = base.params[at];
          for (int q = 0; q < RANK; q++) {
            w[at] += theta[FACTORS[s] + i * RANK + q] * theta[a + q * COLS[s] + j];
          }
        }
      }
    }
    return w;
  }

  /** dB = G_W A^T, dA = B^T G_W of both heads, by loops. */
  private double[] chained(double[] gradW, double[] theta) {
    double[] grad = new double[count];
    for (int s = 0; s < 2; s++) {
      int a = FACTORS[s] + DIM * RANK;
      for (int i = 0; i < DIM; i++) {
        for (int j = 0; j < COLS[s]; j++) {
          double g = gradW[HEADS[s] + i * COLS[s] + j];
          for (int q = 0; q < RANK; q++) {
            grad[FACTORS[s] + i * RANK + q] += g * theta[a + q * COLS[s] + j];
            grad[a + q * COLS[s] + j] += theta[FACTORS[s] + i * RANK + q] * g;
          }
        }
      }
    }
    return grad;
  }

  private double ratio(double[] p, int from, int to) {
    return RandomParams.distanceRatio(p, startParams, targetParams, from, to);
  }
}
