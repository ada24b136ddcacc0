package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.NdArray;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorStatsTest {
  @TempDir Path dir;

  /** Rows of 7 values; row 3 and every 500th row from 1000 are zero; 2 NaNs and an Inf planted. */
  private float[] data(int n) {
    SplittableRandom random = new SplittableRandom(7);
    float[] v = new float[n * 7];
    for (int i = 0; i < v.length; i++) {
      int row = i / 7;
      v[i] = row == 3 || (row >= 1000 && row % 500 == 0) ? 0 : (float) random.nextGaussian();
    }
    v[5000 * 7 + 2] = Float.NaN;
    v[5000 * 7 + 4] = Float.NaN;
    v[9000 * 7] = Float.NEGATIVE_INFINITY;
    return v;
  }

  @Test
  void matchesBruteForceForAnyThreadCount() {
    int n = 400_000;
    float[] v = data(n);
    Path p = dir.resolve("x.npy");
    NpyWriter.write(p, new NdArray(v, new long[] {n, 7}));

    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    double sum = 0;
    long zero = 0;
    for (int r = 0; r < n; r++) {
      if (r == 5000 || r == 9000) {
        continue;
      }
      double s = 0;
      boolean allZero = true;
      for (int c = 0; c < 7; c++) {
        s += (double) v[r * 7 + c] * v[r * 7 + c];
        allZero &= v[r * 7 + c] == 0;
      }
      double norm = Math.sqrt(s);
      min = Math.min(min, norm);
      max = Math.max(max, norm);
      sum += norm;
      zero += allZero ? 1 : 0;
    }

    try (Tensor t = Tensors.open(p, null); Parallel one = new Parallel(1); Parallel two = new Parallel(2)) {
      TensorStats a = TensorStats.of(t, one);
      TensorStats b = TensorStats.of(t, two);
      assertThat(b).usingRecursiveComparison().isEqualTo(a);
      assertThat(a.rows()).isEqualTo(n);
      assertThat(a.shape()).containsExactly(n, 7);
      assertThat(a.dtype()).isEqualTo(DType.F32);
      assertThat(a.nanCount()).isEqualTo(2);
      assertThat(a.infCount()).isEqualTo(1);
      assertThat(a.firstNonFiniteRow()).isEqualTo(5000);
      // Row 3 and every 500th from 1000, less rows 5000 and 9000 which hold NaN/Inf.
      assertThat(a.zeroRows()).isEqualTo(zero).isEqualTo(1 + (n - 1000) / 500 - 2);
      assertThat(a.normMin()).isZero();
      assertThat(min).isZero();
      assertThat(a.normMax()).isEqualTo(max);
      assertThat(a.normMean()).isCloseTo(sum / (n - 2), within(1e-12));
    }
  }

  @Test
  void checkFiniteNamesTheFirstBadRow() {
    float[] v = new float[6 * 3];
    v[4 * 3 + 1] = Float.POSITIVE_INFINITY;
    v[5 * 3] = Float.NaN;
    Path p = dir.resolve("bad.npy");
    NpyWriter.write(p, new NdArray(v, new long[] {6, 3}));
    try (Tensor t = Tensors.open(p, null)) {
      assertThatThrownBy(() -> Tensors.checkFinite(t))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(p + ": row 4 contains Infinity; remove or replace non-finite values");
    }
    Path ok = dir.resolve("ok.npy");
    NpyWriter.write(ok, new NdArray(new float[6], new long[] {2, 3}));
    try (Tensor t = Tensors.open(ok, null)) {
      Tensors.checkFinite(t);
    }
  }

  @Test
  void allNonFiniteRowsGiveNaNNorms() {
    Path p = dir.resolve("nan.npy");
    NpyWriter.write(p, new NdArray(new double[] {Double.NaN, 1}, new long[] {1, 2}));
    try (Tensor t = Tensors.open(p, null); Parallel one = new Parallel(1)) {
      TensorStats s = TensorStats.of(t, one);
      assertThat(s.normMean()).isNaN();
      assertThat(s.firstNonFiniteRow()).isZero();
      assertThat(Tensors.describe(t).shapeString()).isEqualTo("(1, 2)");
      assertThat(Tensors.describe(t).dtypeName()).isEqualTo("float64");
    }
  }
}
