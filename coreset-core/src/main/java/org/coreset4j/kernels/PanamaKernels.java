package org.coreset4j.kernels;

import static org.coreset4j.data.Bf16Matrix.BF16;
import static org.coreset4j.data.FloatMatrix.F32;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import org.coreset4j.data.Bf16Matrix;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels. Float32 reductions use four independent accumulators to hide FMA latency;
 * float64 kernels widen each float lane pair with F2D conversions.
 */
final class PanamaKernels implements VectorKernels {
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
  /** Float lanes that make up one double vector. */
  private static final VectorSpecies<Float> FH =
      VectorSpecies.of(float.class, jdk.incubator.vector.VectorShape.forBitSize(D.vectorBitSize() / 2));
  /** Bfloat16 lanes (shorts) that widen to one float vector, and the matching int species. */
  private static final VectorSpecies<Short> H =
      VectorSpecies.of(short.class, VectorShape.forBitSize(F.vectorBitSize() / 2));
  private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
  private static final int FL = F.length();
  private static final long FB = (long) FL * Float.BYTES;

  static boolean usable() {
    return F.length() >= 4 && D.length() >= 2 && I.length() == F.length();
  }

  @Override
  public float dot(MemorySegment a, long ao, MemorySegment b, long bo, int n) {
    FloatVector s0 = FloatVector.zero(F), s1 = s0, s2 = s0, s3 = s0;
    int i = 0;
    int bound4 = n - 4 * FL;
    for (; i <= bound4; i += 4 * FL) {
      long k = (long) i * Float.BYTES;
      s0 = load(a, ao + k).fma(load(b, bo + k), s0);
      s1 = load(a, ao + k + FB).fma(load(b, bo + k + FB), s1);
      s2 = load(a, ao + k + 2 * FB).fma(load(b, bo + k + 2 * FB), s2);
      s3 = load(a, ao + k + 3 * FB).fma(load(b, bo + k + 3 * FB), s3);
    }
    for (; i <= n - FL; i += FL) {
      long k = (long) i * Float.BYTES;
      s0 = load(a, ao + k).fma(load(b, bo + k), s0);
    }
    float s = sumLanes(s0.add(s1).add(s2.add(s3)));
    for (; i < n; i++) {
      long k = (long) i * Float.BYTES;
      s += a.get(F32, ao + k) * b.get(F32, bo + k);
    }
    return s;
  }

  @Override
  public float squaredDistance(MemorySegment a, long ao, MemorySegment b, long bo, int n) {
    FloatVector s0 = FloatVector.zero(F), s1 = s0;
    int i = 0;
    for (; i <= n - 2 * FL; i += 2 * FL) {
      long k = (long) i * Float.BYTES;
      FloatVector d0 = load(a, ao + k).sub(load(b, bo + k));
      FloatVector d1 = load(a, ao + k + FB).sub(load(b, bo + k + FB));
      s0 = d0.fma(d0, s0);
      s1 = d1.fma(d1, s1);
    }
    for (; i <= n - FL; i += FL) {
      long k = (long) i * Float.BYTES;
      FloatVector d0 = load(a, ao + k).sub(load(b, bo + k));
      s0 = d0.fma(d0, s0);
    }
    float s = sumLanes(s0.add(s1));
    for (; i < n; i++) {
      long k = (long) i * Float.BYTES;
      float d = a.get(F32, ao + k) - b.get(F32, bo + k);
      s += d * d;
    }
    return s;
  }

  @Override
  public double dotF64(MemorySegment x, long xo, double[] v, int n) {
    int dl = D.length();
    DoubleVector s0 = DoubleVector.zero(D), s1 = s0;
    int i = 0;
    for (; i <= n - 2 * dl; i += 2 * dl) {
      long k = xo + (long) i * Float.BYTES;
      s0 = widen(x, k).fma(DoubleVector.fromArray(D, v, i), s0);
      s1 = widen(x, k + (long) dl * Float.BYTES).fma(DoubleVector.fromArray(D, v, i + dl), s1);
    }
    double s = sumLanes(s0.add(s1));
    for (; i < n; i++) {
      s += x.get(F32, xo + (long) i * Float.BYTES) * v[i];
    }
    return s;
  }

  @Override
  public void axpyF64(double alpha, MemorySegment x, long xo, double[] y, int n) {
    int dl = D.length();
    DoubleVector a = DoubleVector.broadcast(D, alpha);
    int i = 0;
    for (; i <= n - dl; i += dl) {
      widen(x, xo + (long) i * Float.BYTES).fma(a, DoubleVector.fromArray(D, y, i)).intoArray(y, i);
    }
    for (; i < n; i++) {
      y[i] += alpha * x.get(F32, xo + (long) i * Float.BYTES);
    }
  }

  @Override
  public double sumSquaresF64(MemorySegment x, long xo, int n) {
    int dl = D.length();
    DoubleVector s0 = DoubleVector.zero(D);
    int i = 0;
    for (; i <= n - dl; i += dl) {
      DoubleVector w = widen(x, xo + (long) i * Float.BYTES);
      s0 = w.fma(w, s0);
    }
    double s = sumLanes(s0);
    for (; i < n; i++) {
      double w = x.get(F32, xo + (long) i * Float.BYTES);
      s += w * w;
    }
    return s;
  }

  @Override
  public float dotBf16(MemorySegment a, long ao, MemorySegment b, long bo, int n) {
    FloatVector s0 = FloatVector.zero(F), s1 = s0;
    long hb = (long) FL * Short.BYTES;
    int i = 0;
    for (; i <= n - 2 * FL; i += 2 * FL) {
      long k = (long) i * Short.BYTES;
      s0 = loadBf16(a, ao + k).fma(loadBf16(b, bo + k), s0);
      s1 = loadBf16(a, ao + k + hb).fma(loadBf16(b, bo + k + hb), s1);
    }
    for (; i <= n - FL; i += FL) {
      long k = (long) i * Short.BYTES;
      s0 = loadBf16(a, ao + k).fma(loadBf16(b, bo + k), s0);
    }
    float s = sumLanes(s0.add(s1));
    for (; i < n; i++) {
      long k = (long) i * Short.BYTES;
      s += Bf16Matrix.toFloat(a.get(BF16, ao + k)) * Bf16Matrix.toFloat(b.get(BF16, bo + k));
    }
    return s;
  }

  @Override
  public float squaredDistanceBf16(MemorySegment a, long ao, MemorySegment b, long bo, int n) {
    FloatVector s0 = FloatVector.zero(F), s1 = s0;
    long hb = (long) FL * Short.BYTES;
    int i = 0;
    for (; i <= n - 2 * FL; i += 2 * FL) {
      long k = (long) i * Short.BYTES;
      FloatVector d0 = loadBf16(a, ao + k).sub(loadBf16(b, bo + k));
      FloatVector d1 = loadBf16(a, ao + k + hb).sub(loadBf16(b, bo + k + hb));
      s0 = d0.fma(d0, s0);
      s1 = d1.fma(d1, s1);
    }
    for (; i <= n - FL; i += FL) {
      long k = (long) i * Short.BYTES;
      FloatVector d0 = loadBf16(a, ao + k).sub(loadBf16(b, bo + k));
      s0 = d0.fma(d0, s0);
    }
    float s = sumLanes(s0.add(s1));
    for (; i < n; i++) {
      long k = (long) i * Short.BYTES;
      float d = Bf16Matrix.toFloat(a.get(BF16, ao + k)) - Bf16Matrix.toFloat(b.get(BF16, bo + k));
      s += d * d;
    }
    return s;
  }

  @Override
  public double dotWide(MemorySegment a, long ao, MemorySegment b, long bo, int n) {
    int dl = D.length();
    DoubleVector s0 = DoubleVector.zero(D), s1 = s0;
    int i = 0;
    long step = (long) dl * Float.BYTES;
    for (; i <= n - 2 * dl; i += 2 * dl) {
      long k = (long) i * Float.BYTES;
      s0 = widen(a, ao + k).fma(widen(b, bo + k), s0);
      s1 = widen(a, ao + k + step).fma(widen(b, bo + k + step), s1);
    }
    double s = sumLanes(s0.add(s1));
    for (; i < n; i++) {
      long k = (long) i * Float.BYTES;
      s += (double) a.get(F32, ao + k) * b.get(F32, bo + k);
    }
    return s;
  }

  @Override
  public double squaredDistanceWide(MemorySegment a, long ao, MemorySegment b, long bo, int n) {
    int dl = D.length();
    DoubleVector s0 = DoubleVector.zero(D), s1 = s0;
    int i = 0;
    long step = (long) dl * Float.BYTES;
    for (; i <= n - 2 * dl; i += 2 * dl) {
      long k = (long) i * Float.BYTES;
      DoubleVector d0 = widen(a, ao + k).sub(widen(b, bo + k));
      DoubleVector d1 = widen(a, ao + k + step).sub(widen(b, bo + k + step));
      s0 = d0.fma(d0, s0);
      s1 = d1.fma(d1, s1);
    }
    double s = sumLanes(s0.add(s1));
    for (; i < n; i++) {
      long k = (long) i * Float.BYTES;
      double d = (double) a.get(F32, ao + k) - b.get(F32, bo + k);
      s += d * d;
    }
    return s;
  }

  @Override
  public double centeredDotF64(MemorySegment x, long xo, double[] c, double[] v, int n) {
    int dl = D.length();
    DoubleVector s0 = DoubleVector.zero(D), s1 = s0;
    int i = 0;
    for (; i <= n - 2 * dl; i += 2 * dl) {
      long k = xo + (long) i * Float.BYTES;
      s0 = widen(x, k).sub(DoubleVector.fromArray(D, c, i)).fma(DoubleVector.fromArray(D, v, i), s0);
      s1 = widen(x, k + (long) dl * Float.BYTES).sub(DoubleVector.fromArray(D, c, i + dl))
          .fma(DoubleVector.fromArray(D, v, i + dl), s1);
    }
    double s = sumLanes(s0.add(s1));
    for (; i < n; i++) {
      s += (x.get(F32, xo + (long) i * Float.BYTES) - c[i]) * v[i];
    }
    return s;
  }

  /**
   * Each lane keeps its largest difference and the first index that reached it (strict
   * comparison, so NaN never wins); the lanes then give the largest value and, among lanes holding
   * it, the lowest index; the tail, beyond every lane index, only replaces it when strictly larger.
   */
  @Override
  public int argmaxDifference(MemorySegment a, long ao, float[] b, int n) {
    FloatVector best = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
    IntVector index = IntVector.zero(I);
    IntVector at = IntVector.zero(I).addIndex(1);
    IntVector step = IntVector.broadcast(I, FL);
    int i = 0;
    for (; i <= n - FL; i += FL) {
      FloatVector s = load(a, ao + (long) i * Float.BYTES).sub(FloatVector.fromArray(F, b, i));
      VectorMask<Float> better = s.compare(VectorOperators.GT, best);
      best = best.blend(s, better);
      index = index.blend(at, better.cast(I));
      at = at.add(step);
    }
    float value = best.reduceLanes(VectorOperators.MAX);
    int arg = index.reduceLanes(VectorOperators.MIN, best.compare(VectorOperators.EQ, value).cast(I));
    for (; i < n; i++) {
      float s = a.get(F32, ao + (long) i * Float.BYTES) - b[i];
      if (s > value) {
        value = s;
        arg = i;
      }
    }
    return arg;
  }

  @Override
  public int firstAtLeast(MemorySegment a, long ao, float[] b, int from, int n, float threshold) {
    int i = from;
    for (; i <= n - FL; i += FL) {
      FloatVector s = load(a, ao + (long) i * Float.BYTES).sub(FloatVector.fromArray(F, b, i));
      VectorMask<Float> hit = s.compare(VectorOperators.GE, threshold);
      if (hit.anyTrue()) {
        return i + hit.firstTrue();
      }
    }
    while (i < n && !(a.get(F32, ao + (long) i * Float.BYTES) - b[i] >= threshold)) {
      i++;
    }
    return i;
  }

  @Override
  public String name() {
    return "panama-" + F.vectorBitSize() + "bit";
  }

  /**
   * Lane sums in a fixed order. {@code reduceLanes(ADD)} leaves the order of floating-point
   * additions unspecified, and the interpreted and compiled forms do differ in the last bit, so
   * the same call could give two results within one run.
   */
  private static float sumLanes(FloatVector v) {
    float[] lanes = v.toArray();
    float s = 0;
    for (float x : lanes) {
      s += x;
    }
    return s;
  }

  private static double sumLanes(DoubleVector v) {
    double[] lanes = v.toArray();
    double s = 0;
    for (double x : lanes) {
      s += x;
    }
    return s;
  }

  private static FloatVector load(MemorySegment s, long offset) {
    return FloatVector.fromMemorySegment(F, s, offset, LE);
  }

  /** Bfloat16 bits are the top half of a float32: sign-extend to int, shift left 16, reinterpret. */
  private static FloatVector loadBf16(MemorySegment s, long offset) {
    return ((IntVector) ShortVector.fromMemorySegment(H, s, offset, LE).convertShape(VectorOperators.S2I, I, 0))
        .lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats();
  }

  private static DoubleVector widen(MemorySegment s, long offset) {
    return (DoubleVector) FloatVector.fromMemorySegment(FH, s, offset, LE).convertShape(VectorOperators.F2D, D, 0);
  }
}
