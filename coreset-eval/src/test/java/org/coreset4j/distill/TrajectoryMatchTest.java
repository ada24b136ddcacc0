package org.coreset4j.distill;

import static org.coreset4j.distill.FiniteDifferences.assertMetaGradients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.coreset4j.nn.ContrastiveHeads;
import org.junit.jupiter.api.Test;

/**
 * The trajectory-matching objective against a direct float64 unroll in parameter space, and its
 * meta-gradient against central finite differences of that whole objective.
 */
class TrajectoryMatchTest {
  private static final int M = 5;
  private static final int DU = 4;
  private static final int DV = 3;
  private static final int DIM = 3;
  private static final int STEPS = 4;
  private static final double TAU = 0.5;

  private final SplittableRandom rng = new SplittableRandom(17);
  private final double[] u = RandomParams.gaussian(rng, M * DU);
  private final double[] v = RandomParams.gaussian(rng, M * DV);
  private final double[] startParams = RandomParams.gaussian(rng, DIM * (DU + DV));
  private final double[] targetParams = RandomParams.gaussian(rng, DIM * (DU + DV));
  private final Heads start = Heads.of(startParams, DIM, DU, DV, TAU, 0);
  private final Heads target = Heads.of(targetParams, DIM, DU, DV, TAU, 0);
  /** Step 0.3 and a student temperature apart from the experts' TAU, so that both meta-gradients are tested. */
  private final Student student = new Student(Math.log(0.3), Math.log(0.4));

  @Test
  void objectiveEqualsAnUnrollOfTheHeads() {
    double fast = TrajectoryMatch.evaluate(u, v, M, student, start, target, STEPS).value();
    assertThat(fast).isCloseTo(unrolled(u, v, student), within(1e-10));
  }

  @Test
  void metaGradientMatchesFiniteDifferencesOfTheWholeObjective() {
    TrajectoryMatch.Result r = TrajectoryMatch.evaluate(u, v, M, student, start, target, STEPS);
    assertMetaGradients(r, u, v, student, this::unrolled);
  }

  /** J by R plain SGD steps on the head parameters, with ContrastiveHeads' gradient. */
  private double unrolled(double[] uu, double[] vv, Student s) {
    double alpha = s.step();
    ContrastiveHeads heads = new ContrastiveHeads(DIM, DU, DV, s.temperature(), startParams.clone());
    double[] grad = new double[startParams.length];
    for (int k = 0; k < STEPS; k++) {
      heads.lossAndGradient(uu, vv, M, grad);
      for (int i = 0; i < grad.length; i++) {
        heads.params[i] -= alpha * grad[i];
      }
    }
    int split = DIM * DU;
    return ratio(heads.params, 0, split) + ratio(heads.params, split, startParams.length);
  }

  private double ratio(double[] p, int from, int to) {
    return RandomParams.distanceRatio(p, startParams, targetParams, from, to);
  }
}
