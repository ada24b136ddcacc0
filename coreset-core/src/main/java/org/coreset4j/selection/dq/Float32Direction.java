package org.coreset4j.selection.dq;

import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;

/**
 * A float64 direction rounded to float32 for fast dot products with float32 rows, with the
 * rigorous bound |fl(x . v32) - x . v| <= ||x|| (gamma_D ||v32|| + ||v - v32||),
 * gamma_D = 1.01 D 2^-24 (Higham, Accuracy and Stability of Numerical Algorithms, 3.1).
 */
final class Float32Direction {
  private final float[] v32;
  private final MemorySegment segment;
  private final double errorPerNorm;

  Float32Direction(double[] v) {
    v32 = new float[v.length];
    double n32 = 0;
    double diff = 0;
    for (int j = 0; j < v.length; j++) {
      v32[j] = (float) v[j];
      n32 += (double) v32[j] * v32[j];
      diff += (v[j] - v32[j]) * (v[j] - v32[j]);
    }
    errorPerNorm = gamma(v.length) * Math.sqrt(n32) + Math.sqrt(diff);
    segment = MemorySegment.ofArray(v32);
  }

  /** The relative error bound of a float32 inner product of length d. */
  static double gamma(int d) {
    return 1.01 * d * 0x1p-24;
  }

  double dot(FloatMatrix x, int i) {
    return Vectors.dot(x.segment(), x.rowOffset(i), segment, 0, v32.length);
  }

  /** The error bound of {@link #dot} for a row of L2 norm {@code rowNorm}. */
  double error(double rowNorm) {
    return errorPerNorm * rowNorm;
  }
}
