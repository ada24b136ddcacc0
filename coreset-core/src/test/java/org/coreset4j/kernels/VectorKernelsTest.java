package org.coreset4j.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The scalar and Panama kernels agree with float64 sums on awkward lengths and offsets. */
class VectorKernelsTest {
  private static final int[] SIZES = {1, 4, 6, 13, 16, 31, 64, 100, 257, 768, 1024};

  @Test
  void scalarAndPanamaAgreeWithFloat64() {
    SplittableRandom r = new SplittableRandom(2);
    for (VectorKernels k : new VectorKernels[] {new ScalarKernels(), new PanamaKernels()}) {
      for (int n : SIZES) {
        int off = 3;
        float[] a = new float[n + off], b = new float[n + off];
        double[] v = new double[n], c = new double[n];
        for (int i = 0; i < n + off; i++) {
          a[i] = (float) r.nextGaussian();
          b[i] = (float) r.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
          v[i] = r.nextGaussian();
          c[i] = r.nextGaussian();
        }
        double dot = 0, d2 = 0, dv = 0, ss = 0, cd = 0;
        for (int i = 0; i < n; i++) {
          double x = a[i + off], y = b[i + off];
          dot += x * y;
          d2 += (x - y) * (x - y);
          dv += x * v[i];
          ss += x * x;
          cd += (x - c[i]) * v[i];
        }
        MemorySegment sa = MemorySegment.ofArray(a), sb = MemorySegment.ofArray(b);
        long o = off * 4L;
        String at = k.name() + " n=" + n;
        assertThat((double) k.dot(sa, o, sb, o, n)).as(at).isCloseTo(dot, within(1e-4 * (1 + Math.abs(dot))));
        assertThat((double) k.squaredDistance(sa, o, sb, o, n)).as(at).isCloseTo(d2, within(1e-4 * (1 + d2)));
        assertThat(k.dotF64(sa, o, v, n)).as(at).isCloseTo(dv, within(1e-12 * (1 + Math.abs(dv)) * n));
        assertThat(k.sumSquaresF64(sa, o, n)).as(at).isCloseTo(ss, within(1e-12 * (1 + ss) * n));
        assertThat(k.dotWide(sa, o, sb, o, n)).as(at).isCloseTo(dot, within(1e-12 * (1 + Math.abs(dot)) * n));
        assertThat(k.squaredDistanceWide(sa, o, sb, o, n)).as(at).isCloseTo(d2, within(1e-12 * (1 + d2) * n));
        assertThat(k.centeredDotF64(sa, o, c, v, n)).as(at).isCloseTo(cd, within(1e-12 * (1 + Math.abs(cd)) * n));
        double[] y = new double[n], yWant = new double[n];
        for (int i = 0; i < n; i++) {
          yWant[i] = 0.5 * a[i + off];
        }
        k.axpyF64(0.5, sa, o, y, n);
        assertThat(y).as(at).containsExactly(yWant, within(1e-15));
      }
    }
  }

  @Test
  void argmaxDifferenceFindsTheFirstLargest() {
    SplittableRandom r = new SplittableRandom(3);
    for (VectorKernels k : new VectorKernels[] {new ScalarKernels(), new PanamaKernels()}) {
      for (int n : SIZES) {
        for (int trial = 0; trial < 20; trial++) {
          int off = 5;
          float[] a = new float[n + off], b = new float[n];
          for (int i = 0; i < n; i++) {
            // few distinct values, so ties are common; some NaN and -infinity
            a[i + off] = trial % 5 == 4 ? Float.NEGATIVE_INFINITY : r.nextInt(4);
            b[i] = r.nextInt(3);
            if (r.nextInt(10) == 0) {
              a[i + off] = Float.NaN;
            }
          }
          int want = 0;
          double best = Double.NEGATIVE_INFINITY;
          for (int i = 0; i < n; i++) {
            double d = (double) a[i + off] - b[i];
            if (d > best) {
              best = d;
              want = i;
            }
          }
          assertThat(k.argmaxDifference(MemorySegment.ofArray(a), off * 4L, b, n))
              .as("%s n=%d trial %d", k.name(), n, trial).isEqualTo(want);
        }
      }
    }
  }

  @Test
  void firstAtLeastFindsTheFirstHitFromAnyStart() {
    SplittableRandom r = new SplittableRandom(4);
    for (VectorKernels k : new VectorKernels[] {new ScalarKernels(), new PanamaKernels()}) {
      for (int n : SIZES) {
        int off = 2;
        float[] a = new float[n + off], b = new float[n];
        for (int i = 0; i < n; i++) {
          a[i + off] = r.nextInt(8);
          b[i] = r.nextInt(4);
        }
        for (int trial = 0; trial < 20; trial++) {
          int from = r.nextInt(n + 1);
          float threshold = r.nextInt(10) - 2;
          int want = from;
          while (want < n && a[want + off] - b[want] < threshold) {
            want++;
          }
          assertThat(k.firstAtLeast(MemorySegment.ofArray(a), off * 4L, b, from, n, threshold))
              .as("%s n=%d from %d threshold %s", k.name(), n, from, threshold).isEqualTo(want);
        }
      }
    }
  }
}
