package org.coreset4j.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.io.ArrayTensor;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every --tokens, --normalize and --fuse mode against {@link FusionReference}, on odd sizes: 13
 * tokens of 5 or 3 values and an (N, D) input beside them, N = 7 (one row block) and N = 8199
 * (three blocks of 4096 rows, so two threads split the work and the standard statistics).
 */
class FusionTest {
  private static final int TOKENS = 13;
  private static final int LARGE = 2 * 4096 + 7;

  /**
   * float32 rounds each pooled value, each normalised value, each scaled value and each partial
   * sum of the fuse: at most 7 roundings of 2^-24 times the reference's magnitudes for 3
   * modalities; the float64 steps add far less. 2^-20 allows 16.
   */
  private static final double ROUNDING = 0x1p-20;

  static Stream<Arguments> modes() {
    List<Arguments> all = new ArrayList<>();
    for (TokenPooling t : TokenPooling.values()) {
      for (Normalization z : Normalization.values()) {
        for (FuseMode f : FuseMode.values()) {
          if (t != TokenPooling.COINCIDE || f == FuseMode.CONCAT) {
            all.add(Arguments.of(new FusionOptions(t, z, f)));
          }
        }
      }
    }
    return all.stream();
  }

  /**
   * Gaussian values around per-column offsets (pooled sums cancel in part, standardising has means
   * to remove); sample 3 of the first modality is all zeros, value 1 of every token of the second
   * is the constant 1.5.
   */
  private static float[][][] tokens(int n, int t, int d, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[][][] x = new float[n][t][d];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < t; k++) {
        for (int j = 0; j < d; j++) {
          double g = j - 2 + 1.5 * r.nextGaussian();
          x[i][k][j] = seed == 1 && i == 3 ? 0 : seed == 2 && j == 1 ? 1.5f : (float) g;
        }
      }
    }
    return x;
  }

  /**
   * Modalities whose widths suit the fuse: (N, 13, 5), (N, 13, 3) and (N, 3) side by side, else
   * (N, 13, 5) twice, plus an (N, 5) input where the pooling leaves 5 values.
   */
  private static List<float[][][]> inputs(int n, FusionOptions o) {
    if (o.fuse() == FuseMode.CONCAT) {
      return List.of(tokens(n, TOKENS, 5, 1), tokens(n, TOKENS, 3, 2), tokens(n, 1, 3, 3));
    }
    List<float[][][]> x = new ArrayList<>(List.of(tokens(n, TOKENS, 5, 1), tokens(n, TOKENS, 5, 2)));
    if (o.tokens().width(TOKENS, 5) == 5) {
      x.add(tokens(n, 1, 5, 3));
    }
    return x;
  }

  /** Inputs of one token become (N, D) tensors. */
  private static FloatMatrix fuse(List<float[][][]> x, FusionOptions o, int threads) {
    List<Modality> modalities = new ArrayList<>();
    for (float[][][] m : x) {
      int n = m.length;
      int t = m[0].length;
      int d = m[0][0].length;
      float[] flat = new float[n * t * d];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < t; k++) {
          System.arraycopy(m[i][k], 0, flat, (i * t + k) * d, d);
        }
      }
      FloatMatrix rows = FloatMatrix.of(flat, n, t * d);
      modalities.add(new Modality("m" + modalities.size(),
          t == 1 ? new ArrayTensor(rows, n, d) : new ArrayTensor(rows, n, t, d)));
    }
    try (Parallel p = new Parallel(threads)) {
      return Fusion.fuse(modalities, o, p, Progress.NONE);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void matchesTheFloat64Definition(FusionOptions o) {
    for (int n : new int[] {7, LARGE}) {
      List<float[][][]> x = inputs(n, o);
      FusionReference.Result want = FusionReference.fuse(x, o);
      FloatMatrix got = fuse(x, o, 1);
      assertThat(got.rows()).isEqualTo(n);
      assertThat(got.cols()).isEqualTo(want.values()[0].length);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < got.cols(); j++) {
          double err = Math.abs(got.get(i, j) - want.values()[i][j]);
          if (err > ROUNDING * want.magnitude()[i][j]) {
            fail("N %d, row %d, column %d: %s, want %s", n, i, j, got.get(i, j), want.values()[i][j]);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void oneAndTwoThreadsGiveIdenticalBits(FusionOptions o) {
    List<float[][][]> x = inputs(LARGE, o);
    assertThat(Fusion.rowsPerBlock(new Modality("m", new ArrayTensor(FloatMatrix.allocate(1, TOKENS * 5), 1, TOKENS, 5))))
        .isLessThan(LARGE / 2);
    assertThat(fuse(x, o, 2).toArray()).isEqualTo(fuse(x, o, 1).toArray());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = FuseMode.class, names = {"MEAN", "SUM"})
  void coincideNeedsConcatFusion(FuseMode f) {
    FusionOptions o = new FusionOptions(TokenPooling.COINCIDE, Normalization.NONE, f);
    assertThatThrownBy(() -> fuse(inputs(7, o), o, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--tokens coincide");
  }
}
