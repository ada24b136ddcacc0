package org.coreset4j.distill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distillation driver: determinism, nearest rows, trajectories on disk and bad input. */
class DistillationTest {
  static final DistillParams SMALL = new DistillParams(8, 3, 2, 4, 0.2, 16, 3, 2, 2, 15, 0.02, 0.02, 4, 0.2, 0,
      DistillParams.TRAJECTORY, false);

  /** N pairs whose text is a noisy linear image of the image row. */
  static FloatMatrix[] pairs(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] u = new float[n * 6];
    float[] v = new float[n * 5];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < 6; c++) {
        u[i * 6 + c] = (float) r.nextGaussian();
      }
      for (int c = 0; c < 5; c++) {
        v[i * 5 + c] = u[i * 6 + c] + u[i * 6 + c + 1] + (float) (0.3 * r.nextGaussian());
      }
    }
    return new FloatMatrix[] {FloatMatrix.of(u, n, 6), FloatMatrix.of(v, n, 5)};
  }

  /** Distils x with one thread and with two, asserts the two results are identical and returns it. */
  static DistillResult sameForOneAndTwoThreads(FloatMatrix[] x, DistillParams params) {
    DistillResult a;
    DistillResult b;
    try (Parallel one = new Parallel(1); Parallel two = new Parallel(2)) {
      a = Distillation.run(x[0], x[1], params, one, Progress.NONE);
      b = Distillation.run(x[0], x[1], params, two, Progress.NONE);
    }
    assertThat(b.image().toArray()).containsExactly(a.image().toArray());
    assertThat(b.text().toArray()).containsExactly(a.text().toArray());
    assertThat(Double.compare(b.stepSize(), a.stepSize())).isZero();
    assertThat(b.student()).isEqualTo(a.student());
    assertThat(b.loss()).containsExactly(a.loss());
    return a;
  }

  @Test
  void aLearnedTemperatureMovesOnlyWhenAskedForAndIsDeterministic() {
    FloatMatrix[] x = pairs(60, 1);
    DistillResult fixed = sameForOneAndTwoThreads(x, SMALL);
    DistillResult learned = sameForOneAndTwoThreads(x, SMALL.withLearnedTemperature(true));
    assertThat(fixed.student().temperature()).isEqualTo(SMALL.temperature());
    assertThat(learned.student().temperature()).isNotEqualTo(SMALL.temperature());
    assertThat(learned.student().steps()).isEqualTo(SMALL.studentSteps()).isEqualTo(3 * 4 / 2);
    DistillResult covariance = sameForOneAndTwoThreads(x, SMALL.withMethod(DistillParams.COVARIANCE));
    assertThat(covariance.student().stepSize()).isEqualTo(SMALL.expertLr());
  }

  @Test
  void sameResultForOneAndTwoThreadsAndTheLossFalls() {
    DistillResult a = sameForOneAndTwoThreads(pairs(60, 1), SMALL);
    assertThat(a.image().rows()).isEqualTo(8);
    assertThat(a.loss()).hasSize(15);
    assertThat(java.util.Arrays.stream(a.loss()).allMatch(Double::isFinite)).isTrue();
    assertThat(a.stepSize()).isNotEqualTo(SMALL.expertLr());
  }

  @Test
  void lowRankHeadsAreDeterministicAndTheirTrajectoriesAreKeptApart(@TempDir Path dir) {
    FloatMatrix[] x = pairs(50, 6);
    DistillParams lowRank = SMALL.withHeadRank(2);
    try (Parallel one = new Parallel(1); Parallel two = new Parallel(2)) {
      DistillResult a = Distillation.run(x[0], x[1], lowRank, one, Progress.NONE);
      DistillResult b = Distillation.run(x[0], x[1], lowRank, two, Progress.NONE);
      assertThat(b.image().toArray()).containsExactly(a.image().toArray());
      assertThat(b.loss()).containsExactly(a.loss());
      assertThat(java.util.Arrays.stream(a.loss()).allMatch(Double::isFinite)).isTrue();
      Trajectories t = Distillation.experts(x[0], x[1], lowRank, one, Progress.NONE);
      assertThat(t.experts().get(0)).hasSize((4 + 1) * 2 * (2 * 4 + 6 + 5));
      t.save(dir);
      assertThatThrownBy(() -> Trajectories.load(dir, Distillation.trajectoryInfo(x[0], x[1], SMALL)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("other expert settings");
      assertThatThrownBy(() -> Distillation.run(x[0], x[1], t, SMALL.withHeadRank(1), one, Progress.NONE))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("other data or settings");
      assertThatThrownBy(() -> Distillation.run(x[0], x[1], SMALL.withHeadRank(5), one, Progress.NONE))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--head-rank 5 must be at most 4");
      assertThatThrownBy(() -> SMALL.withHeadRank(-1))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--head-rank -1");
    }
  }

  @Test
  void withoutIterationsTheSyntheticPairsAreTheirRealStartAndNearestToIt() {
    FloatMatrix[] x = pairs(40, 2);
    try (Parallel par = new Parallel(1)) {
      DistillResult r = Distillation.run(x[0], x[1], SMALL.withIterations(0), par, Progress.NONE);
      for (int i = 0; i < 8; i++) {
        int row = r.initialRows()[i];
        assertThat(r.nearestImage()[i * 5]).isEqualTo(row);
        assertThat(r.nearestText()[i * 5]).isEqualTo(row);
        assertThat(r.image().row(i)).containsExactly(x[0].row(row), org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(r.nearestImage()).contains(bruteNearest(x[0], r.image().row(i)));
      }
    }
  }

  @Test
  void savedTrajectoriesAreReusedAndRefusedForOtherData(@TempDir Path dir) {
    FloatMatrix[] x = pairs(50, 3);
    FloatMatrix[] other = pairs(50, 4);
    try (Parallel par = new Parallel(1)) {
      Trajectories t = Distillation.experts(x[0], x[1], SMALL, par, Progress.NONE);
      t.save(dir);
      Trajectories loaded = Trajectories.load(dir, Distillation.trajectoryInfo(x[0], x[1], SMALL));
      DistillResult fresh = Distillation.run(x[0], x[1], SMALL, par, Progress.NONE);
      DistillResult reused = Distillation.run(x[0], x[1], loaded, SMALL, par, Progress.NONE);
      assertThat(reused.image().toArray()).containsExactly(fresh.image().toArray());
      assertThatThrownBy(() -> Trajectories.load(dir, Distillation.trajectoryInfo(other[0], other[1], SMALL)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("other data");
    }
  }

  @Test
  void badInputIsRefused() {
    FloatMatrix[] x = pairs(30, 5);
    FloatMatrix[] shorter = pairs(29, 5);
    try (Parallel par = new Parallel(1)) {
      assertThatThrownBy(() -> Distillation.run(x[0], shorter[1], SMALL, par, Progress.NONE))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("same N");
      assertThatThrownBy(() -> Distillation.run(x[0], x[1], SMALL.withPairs(31), par, Progress.NONE))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--pairs 31");
      x[1].set(7, 2, Float.NaN);
      assertThatThrownBy(() -> Distillation.run(x[0], x[1], SMALL, par, Progress.NONE))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("text row 7");
    }
  }

  /** The lowest index at the smallest float64 squared distance. */
  private static long bruteNearest(FloatMatrix real, float[] q) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int r = 0; r < real.rows(); r++) {
      double d = 0;
      for (int c = 0; c < q.length; c++) {
        d += ((double) q[c] - real.get(r, c)) * ((double) q[c] - real.get(r, c));
      }
      if (d < bestD) {
        bestD = d;
        best = r;
      }
    }
    return best;
  }
}
