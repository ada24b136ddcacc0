package org.coreset4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.coreset4j.nn.ContrastiveHeads;
import org.junit.jupiter.api.Test;

/** Closed-form gradients against central finite differences of the losses. */
class GradientTest {
  private static final double H = 1e-5;

  @Test
  void contrastiveHeadGradientMatchesFiniteDifferences() {
    SplittableRandom r = new SplittableRandom(11);
    int b = 6, du = 5, dv = 4, dim = 3;
    double[] u = Fixtures.randomArray(b * du, r);
    double[] v = Fixtures.randomArray(b * dv, r);
    ContrastiveHeads heads = ContrastiveHeads.random(dim, du, dv, 0.07, r);
    double[] grad = new double[heads.params.length];
    heads.lossAndGradient(u, v, b, grad);
    double[] scratch = new double[grad.length];
    checkAgainstFiniteDifferences(heads.params, grad, theta -> heads.lossAndGradient(u, v, b, scratch));
  }

  @Test
  void contrastiveLossOfAPerfectMatchIsBelowChance() {
    SplittableRandom r = new SplittableRandom(2);
    int b = 4, d = 3;
    double[] u = Fixtures.randomArray(b * d, r);
    double[] eye = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    double[] params = new double[18];
    System.arraycopy(eye, 0, params, 0, 9);
    System.arraycopy(eye, 0, params, 9, 9);
    ContrastiveHeads same = new ContrastiveHeads(d, d, d, 0.07, params);
    double loss = same.lossAndGradient(u, u, b, new double[18]);
    assertThat(loss).isLessThan(Math.log(b));
  }

  @Test
  void probeGradientMatchesFiniteDifferences() {
    SplittableRandom r = new SplittableRandom(4);
    int n = 7, d = 4, classes = 3;
    int[] labels = {0, 1, 2, 0, 1, 2, 1};
    SoftmaxRegression model = new SoftmaxRegression(classes, d, 0.3);
    double[] x = Fixtures.randomArray(n * d, r);
    double[] theta = Fixtures.randomArray(classes * (d + 1), r);
    double[] grad = new double[theta.length];
    model.lossAndGradient(theta, x, labels, grad);
    double[] scratch = new double[grad.length];
    checkAgainstFiniteDifferences(theta, grad, t -> model.lossAndGradient(t, x, labels, scratch));
  }

  /** Perturbs each entry of {@code theta} in place and compares (L(+h) - L(-h)) / 2h with grad. */
  private static void checkAgainstFiniteDifferences(double[] theta, double[] grad, ToDoubleFunction<double[]> loss) {
    for (int i = 0; i < theta.length; i++) {
      double keep = theta[i];
      theta[i] = keep + H;
      double up = loss.applyAsDouble(theta);
      theta[i] = keep - H;
      double down = loss.applyAsDouble(theta);
      theta[i] = keep;
      double numeric = (up - down) / (2 * H);
      assertThat(grad[i]).as("parameter %d", i).isCloseTo(numeric, within(1e-6 + 1e-5 * Math.abs(numeric)));
    }
  }
}
