package org.coreset4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.coreset4j.nn.ContrastiveLoss;
import org.junit.jupiter.api.Test;

/**
 * The gradient's tangents (Hessian-vector product, derivative in the log temperature) against
 * central differences of the gradient.
 */
class ContrastiveLossTest {
  private static final double H = 1e-6;

  @Test
  void tangentMatchesFiniteDifferencesOfTheGradient() {
    SplittableRandom r = new SplittableRandom(5);
    int n = 5, dim = 3;
    double[] a = Fixtures.randomArray(n * dim, r);
    double[] t = Fixtures.randomArray(n * dim, r);
    double[] da = Fixtures.randomArray(n * dim, r);
    double[] dt = Fixtures.randomArray(n * dim, r);
    double[][] tangent = ContrastiveLoss.at(a, t, n, dim, 0.2).tangent(da, dt);
    ContrastiveLoss up = ContrastiveLoss.at(shift(a, da, H), shift(t, dt, H), n, dim, 0.2);
    ContrastiveLoss down = ContrastiveLoss.at(shift(a, da, -H), shift(t, dt, -H), n, dim, 0.2);
    for (int i = 0; i < n * dim; i++) {
      double numA = (up.gradA()[i] - down.gradA()[i]) / (2 * H);
      double numT = (up.gradT()[i] - down.gradT()[i]) / (2 * H);
      assertThat(tangent[0][i]).isCloseTo(numA, within(1e-6 + 1e-6 * Math.abs(numA)));
      assertThat(tangent[1][i]).isCloseTo(numT, within(1e-6 + 1e-6 * Math.abs(numT)));
    }
  }

  @Test
  void temperatureTangentMatchesFiniteDifferencesOfTheGradient() {
    SplittableRandom r = new SplittableRandom(6);
    int n = 5, dim = 3;
    double[] a = Fixtures.randomArray(n * dim, r);
    double[] t = Fixtures.randomArray(n * dim, r);
    double logTau = Math.log(0.2);
    double[][] tangent = ContrastiveLoss.at(a, t, n, dim, 0.2).temperatureTangent();
    ContrastiveLoss up = ContrastiveLoss.at(a, t, n, dim, Math.exp(logTau + H));
    ContrastiveLoss down = ContrastiveLoss.at(a, t, n, dim, Math.exp(logTau - H));
    for (int i = 0; i < n * dim; i++) {
      double numA = (up.gradA()[i] - down.gradA()[i]) / (2 * H);
      double numT = (up.gradT()[i] - down.gradT()[i]) / (2 * H);
      assertThat(tangent[0][i]).isCloseTo(numA, within(1e-6 + 1e-6 * Math.abs(numA)));
      assertThat(tangent[1][i]).isCloseTo(numT, within(1e-6 + 1e-6 * Math.abs(numT)));
    }
  }

  private static double[] shift(double[] x, double[] d, double h) {
    double[] out = x.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += h * d[i];
    }
    return out;
  }
}
