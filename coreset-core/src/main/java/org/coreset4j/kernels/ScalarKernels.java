package org.coreset4j.kernels;

import static org.coreset4j.data.Bf16Matrix.BF16;
import static org.coreset4j.data.FloatMatrix.F32;

import java.lang.foreign.MemorySegment;
import org.coreset4j.data.Bf16Matrix;

/** Plain loops: the reference implementation and the fallback without the Vector API. */
final class ScalarKernels implements VectorKernels {
  @Override
  public float dot(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) {
      long k = (long) i * Float.BYTES;
      s += a.get(F32, aOffset + k) * b.get(F32, bOffset + k);
    }
    return s;
  }

  @Override
  public float squaredDistance(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) {
      long k = (long) i * Float.BYTES;
      float d = a.get(F32, aOffset + k) - b.get(F32, bOffset + k);
      s += d * d;
    }
    return s;
  }

  @Override
  public double dotF64(MemorySegment x, long xOffset, double[] v, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += x.get(F32, xOffset + (long) i * Float.BYTES) * v[i];
    }
    return s;
  }

  @Override
  public void axpyF64(double alpha, MemorySegment x, long xOffset, double[] y, int n) {
    for (int i = 0; i < n; i++) {
      y[i] += alpha * x.get(F32, xOffset + (long) i * Float.BYTES);
    }
  }

  @Override
  public double sumSquaresF64(MemorySegment x, long xOffset, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      double v = x.get(F32, xOffset + (long) i * Float.BYTES);
      s += v * v;
    }
    return s;
  }

  @Override
  public float dotBf16(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) {
      long k = (long) i * Short.BYTES;
      s += Bf16Matrix.toFloat(a.get(BF16, aOffset + k)) * Bf16Matrix.toFloat(b.get(BF16, bOffset + k));
    }
    return s;
  }

  @Override
  public float squaredDistanceBf16(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) {
      long k = (long) i * Short.BYTES;
      float d = Bf16Matrix.toFloat(a.get(BF16, aOffset + k)) - Bf16Matrix.toFloat(b.get(BF16, bOffset + k));
      s += d * d;
    }
    return s;
  }

  @Override
  public double dotWide(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      long k = (long) i * Float.BYTES;
      s += (double) a.get(F32, aOffset + k) * b.get(F32, bOffset + k);
    }
    return s;
  }

  @Override
  public double squaredDistanceWide(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      long k = (long) i * Float.BYTES;
      double d = (double) a.get(F32, aOffset + k) - b.get(F32, bOffset + k);
      s += d * d;
    }
    return s;
  }

  @Override
  public double centeredDotF64(MemorySegment x, long xOffset, double[] c, double[] v, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (x.get(F32, xOffset + (long) i * Float.BYTES) - c[i]) * v[i];
    }
    return s;
  }

  @Override
  public int argmaxDifference(MemorySegment a, long aOffset, float[] b, int n) {
    float best = Float.NEGATIVE_INFINITY;
    int arg = 0;
    for (int i = 0; i < n; i++) {
      float s = a.get(F32, aOffset + (long) i * Float.BYTES) - b[i];
      if (s > best) {
        best = s;
        arg = i;
      }
    }
    return arg;
  }

  @Override
  public int firstAtLeast(MemorySegment a, long aOffset, float[] b, int from, int n, float threshold) {
    int i = from;
    while (i < n && !(a.get(F32, aOffset + (long) i * Float.BYTES) - b[i] >= threshold)) {
      i++;
    }
    return i;
  }

  @Override
  public String name() {
    return "scalar";
  }
}
