package org.coreset4j.distill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coreset4j.distill.FiniteDifferences.assertClose;
import static org.coreset4j.distill.FiniteDifferences.difference;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The statistics-matching objective against a float64 reference written from its definition, its
 * gradient against central finite differences, and the distiller that follows it.
 */
class CovarianceMatchTest {
  private static final int N = 9;
  private static final int M = 4;
  private static final int DU = 3;
  private static final int DV = 2;

  private final SplittableRandom rng = new SplittableRandom(5);
  private final double[] u = RandomParams.gaussian(rng, N * DU);
  private final double[] v = RandomParams.gaussian(rng, N * DV);
  private final double[] x = RandomParams.gaussian(rng, M * DU);
  private final double[] y = RandomParams.gaussian(rng, M * DV);
  private final CovarianceMatch match = CovarianceMatch.of(u, v, N, DU, DV);

  @Test
  void objectiveEqualsItsDefinition() {
    assertThat(match.evaluate(x, y, M).value()).isCloseTo(reference(x, y), within(1e-12));
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    CovarianceMatch.Result r = match.evaluate(x, y, M);
    for (int i = 0; i < x.length; i++) {
      assertClose(r.gradImage()[i], difference(x, i, () -> reference(x, y)), "image " + i);
    }
    for (int i = 0; i < y.length; i++) {
      assertClose(r.gradText()[i], difference(y, i, () -> reference(x, y)), "text " + i);
    }
  }

  @Test
  void theRealRowsThemselvesMatchExactly() {
    assertThat(match.evaluate(u, v, N).value()).isCloseTo(0, within(1e-12));
  }

  @Test
  void distillationLowersTheObjectiveAndNeedsNoExperts() {
    DistillParams params = DistillationTest.SMALL.withMethod(DistillParams.COVARIANCE).withIterations(200);
    DistillResult a = DistillationTest.sameForOneAndTwoThreads(DistillationTest.pairs(60, 2), params);
    assertThat(a.loss()).hasSize(200);
    assertThat(a.loss()[199]).isLessThan(0.5 * a.loss()[0]);
    assertThat(a.stepSize()).isNaN();
  }

  /** J by its definition: moments as plain sums over the rows. */
  private double reference(double[] xs, double[] ys) {
    return meanTerm(xs, M, DU, u, N) + meanTerm(ys, M, DV, v, N)
        + momentTerm(xs, xs, M, DU, DU, u, u, N) + momentTerm(ys, ys, M, DV, DV, v, v, N)
        + momentTerm(xs, ys, M, DU, DV, u, v, N);
  }

  private static double meanTerm(double[] a, int m, int d, double[] real, int n) {
    double s = 0;
    for (int c = 0; c < d; c++) {
      double diff = moment(a, null, m, d, 1, c, 0) - moment(real, null, n, d, 1, c, 0);
      s += diff * diff;
    }
    return s / d;
  }

  private static double momentTerm(double[] a, double[] b, int m, int da, int db, double[] ra, double[] rb, int n) {
    double err = 0;
    double norm = 0;
    for (int p = 0; p < da; p++) {
      for (int q = 0; q < db; q++) {
        double real = moment(ra, rb, n, da, db, p, q);
        double diff = moment(a, b, m, da, db, p, q) - real;
        err += diff * diff;
        norm += real * real;
      }
    }
    return err / norm;
  }

  /** (1 / rows) sum_i a[i, p] b[i, q] (b null: 1). */
  private static double moment(double[] a, double[] b, int rows, int da, int db, int p, int q) {
    double s = 0;
    for (int i = 0; i < rows; i++) {
      s += a[i * da + p] * (b == null ? 1 : b[i * db + q]);
    }
    return s / rows;
  }
}
