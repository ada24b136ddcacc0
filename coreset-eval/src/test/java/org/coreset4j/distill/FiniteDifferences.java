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

  /** A matching objective as a function of the synthetic embeddings and the student's meta-parameters. */
  interface Objective {
    double at(double[] u, double[] v, Student student);
  }

  /** Checks every meta-gradient of {@code r} against central differences of {@code f}. */
  static void assertMetaGradients(TrajectoryMatch.Result r, double[] u, double[] v, Student s, Objective f) {
    for (int i = 0; i < u.length; i++) {
      assertClose(r.gradImage()[i], difference(u, i, () -> f.at(u, v, s)), "image " + i);
    }
    for (int i = 0; i < v.length; i++) {
      assertClose(r.gradText()[i], difference(v, i, () -> f.at(u, v, s)), "text " + i);
    }
    double step = f.at(u, v, new Student(s.logStep() + H, s.logTemperature()))
        - f.at(u, v, new Student(s.logStep() - H, s.logTemperature()));
    assertClose(r.gradLogStep(), step / (2 * H), "log step");
    double temperature = f.at(u, v, new Student(s.logStep(), s.logTemperature() + H))
        - f.at(u, v, new Student(s.logStep(), s.logTemperature() - H));
    assertClose(r.gradLogTemperature(), temperature / (2 * H), "log temperature");
  }

  static void assertClose(double analytic, double numeric, String what) {
    assertThat(analytic).as(what).isCloseTo(numeric, within(1e-7 + 1e-6 * Math.abs(numeric)));
  }
}
