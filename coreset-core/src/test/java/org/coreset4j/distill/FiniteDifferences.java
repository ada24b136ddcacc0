package org.coreset4j.distill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleSupplier;

/** Central differences of a whole objective, shared by the meta-gradient tests. */
final class FiniteDifferences {
  static final double H = 1e-5;

  private FiniteDifferences() {}

  /** d f / d x[i] by a central difference of step {@link #H}; x[i] is restored. */
  static double difference(double[] x, int i, DoubleSupplier f) {
    double keep = x[i];
    x[i] = keep + H;
    double up = f.getAsDouble();
    x[i] = keep - H;
    double down = f.getAsDouble();
    x[i] = keep;
    return (up - down) / (2 * H);
  }

  static void assertClose(double analytic, double numeric, String what) {
    assertThat(analytic).as(what).isCloseTo(numeric, within(1e-7 + 1e-6 * Math.abs(numeric)));
  }
}
