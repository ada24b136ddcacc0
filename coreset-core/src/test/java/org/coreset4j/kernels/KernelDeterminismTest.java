package org.coreset4j.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The same call must give the same bits before and after the JIT compiles it (greedy selectors
 * compare gains computed at different times, and ties must stay ties).
 */
class KernelDeterminismTest {
  @Test
  void panamaResultsDoNotChangeOnceCompiled() {
    PanamaKernels k = new PanamaKernels();
    SplittableRandom r = new SplittableRandom(8);
    int n = 77;
    float[] a = new float[n], b = new float[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) r.nextGaussian();
      b[i] = (float) r.nextGaussian();
      v[i] = r.nextGaussian();
    }
    MemorySegment sa = MemorySegment.ofArray(a), sb = MemorySegment.ofArray(b);
    double[] first = run(k, sa, sb, v, n);
    for (int rep = 0; rep < 30_000; rep++) {
      assertThat(run(k, sa, sb, v, n)).isEqualTo(first);
    }
  }

  private static double[] run(VectorKernels k, MemorySegment a, MemorySegment b, double[] v, int n) {
    return new double[] {
      k.dot(a, 0, b, 0, n),
      k.squaredDistance(a, 0, b, 0, n),
      k.dotF64(a, 0, v, n),
      k.sumSquaresF64(a, 0, n),
      k.dotBf16(a, 0, b, 0, n / 2),
      k.squaredDistanceBf16(a, 0, b, 0, n / 2),
      k.dotWide(a, 0, b, 0, n),
      k.squaredDistanceWide(a, 0, b, 0, n),
      k.centeredDotF64(a, 0, v, v, n),
    };
  }
}
