package org.coreset4j.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.coreset4j.data.Bf16Matrix;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class Bf16KernelsTest {
  private static final int[] SIZES = {1, 4, 6, 13, 16, 31, 64, 100, 257, 768, 1024};

  @Test
  void roundingIsToNearestEven() {
    assertThat(Bf16Matrix.toFloat(Bf16Matrix.fromFloat(1.0f))).isEqualTo(1.0f);
    // 1 + 2^-8 lies halfway between 1 and 1 + 2^-7: ties to the even mantissa, 1
    assertThat(Bf16Matrix.toFloat(Bf16Matrix.fromFloat(1.0f + 0x1p-8f))).isEqualTo(1.0f);
    assertThat(Bf16Matrix.toFloat(Bf16Matrix.fromFloat(1.0f + 0x1p-8f + 0x1p-20f))).isEqualTo(1.0f + 0x1p-7f);
    assertThat(Bf16Matrix.toFloat(Bf16Matrix.fromFloat(-3.0f))).isEqualTo(-3.0f);
  }

  @Test
  void scalarAndPanamaAgreeWithFloat64OnAwkwardSizes() {
    VectorKernels scalar = new ScalarKernels();
    VectorKernels panama = new PanamaKernels();
    SplittableRandom r = new SplittableRandom(5);
    for (int n : SIZES) {
      float[] v = new float[2 * n];
      for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
      Bf16Matrix h;
      try (Parallel p = new Parallel(1)) {
        h = Bf16Matrix.of(FloatMatrix.of(v, 2, n), p);
      }
      double dot = 0, sq = 0;
      for (int i = 0; i < n; i++) {
        double a = h.get(0, i), b = h.get(1, i);
        dot += a * b;
        sq += (a - b) * (a - b);
      }
      for (VectorKernels k : new VectorKernels[] {scalar, panama}) {
        float kd = k.dotBf16(h.segment(), h.rowOffset(0), h.segment(), h.rowOffset(1), n);
        float ks = k.squaredDistanceBf16(h.segment(), h.rowOffset(0), h.segment(), h.rowOffset(1), n);
        assertThat((double) kd).as("%s dot n=%d", k.name(), n).isCloseTo(dot, within(1e-5 * n));
        assertThat((double) ks).as("%s sq n=%d", k.name(), n).isCloseTo(sq, within(1e-5 * n));
      }
    }
  }
}
