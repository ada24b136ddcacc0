package org.coreset4j.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class BlasTest {
  private static double[][] naive(boolean ta, boolean tb, int m, int n, int k, float[] a, float[] b) {
    double[][] c = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) {
          double av = ta ? a[p * m + i] : a[i * k + p];
          double bv = tb ? b[j * k + p] : b[p * n + j];
          s += av * bv;
        }
        c[i][j] = s;
      }
    }
    return c;
  }

  @Test
  void sgemmMatchesNaiveForAllTransposes() {
    SplittableRandom r = new SplittableRandom(1);
    int m = 37, n = 19, k = 53;
    float[] a = new float[m * k];
    float[] b = new float[k * n];
    for (int i = 0; i < a.length; i++) a[i] = (float) r.nextGaussian();
    for (int i = 0; i < b.length; i++) b[i] = (float) r.nextGaussian();
    for (boolean ta : new boolean[] {false, true}) {
      for (boolean tb : new boolean[] {false, true}) {
        float[] c = new float[m * n];
        Blas.sgemm(ta, tb, m, n, k, 1f, a, b, 0f, c);
        double[][] want = naive(ta, tb, m, n, k, a, b);
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < n; j++) {
            assertThat((double) c[i * n + j]).isCloseTo(want[i][j], within(1e-3));
          }
        }
      }
    }
  }

  @Test
  void columnBlocksOfOneHeapOutputDoNotOverwriteEachOther() {
    int m = 3, n = 10, k = 4;
    float[] a = new float[m * k];
    float[] b = new float[n * k];
    for (int i = 0; i < a.length; i++) a[i] = i + 1;
    for (int i = 0; i < b.length; i++) b[i] = i % 7 - 3;
    float[] c = new float[m * n];
    // C[:, 0:6] and C[:, 6:10] in two calls on the same heap array with ldc = n
    Blas.sgemm(false, true, m, 6, k, 1f, MemorySegment.ofArray(a), 0, k, MemorySegment.ofArray(b), 0, k, 0f,
        MemorySegment.ofArray(c), 0, n);
    Blas.sgemm(false, true, m, 4, k, 1f, MemorySegment.ofArray(a), 0, k, MemorySegment.ofArray(b), 6L * k * 4, k, 0f,
        MemorySegment.ofArray(c), 6L * 4, n);
    double[][] want = naive(false, true, m, n, k, a, b);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        assertThat((double) c[i * n + j]).isCloseTo(want[i][j], within(1e-4));
      }
    }
  }

  @Test
  void sgemmOnNativeSegmentsWithOffsets() {
    try (Arena arena = Arena.ofConfined()) {
      FloatMatrix x = new FloatMatrix(arena.allocate(4L * 10 * 4), 10, 4);
      for (int i = 0; i < 10; i++) for (int j = 0; j < 4; j++) x.set(i, j, i + j);
      MemorySegment out = arena.allocate(4L * 3 * 3);
      // rows 2..4 times their own transpose
      Blas.sgemm(false, true, 3, 3, 4, 1f, x.segment(), x.rowOffset(2), 4, x.segment(), x.rowOffset(2), 4, 0f, out, 0, 3);
      FloatMatrix c = new FloatMatrix(out, 3, 3);
      assertThat(c.get(0, 0)).isEqualTo(Vectors.dot(x, 2, x, 2));
      assertThat(c.get(1, 2)).isEqualTo(Vectors.dot(x, 3, x, 4));
    }
  }
}
