package org.coreset4j.kernels;

import java.lang.foreign.MemorySegment;
import java.util.Objects;
import java.util.logging.Logger;
import org.coreset4j.data.Bf16Matrix;
import org.coreset4j.data.FloatMatrix;

/**
 * The kernel facade: checks arguments and forwards to the implementation chosen once at start-up
 * (Vector API when the {@code jdk.incubator.vector} module is present, else scalar loops). The
 * system property {@code coreset4j.kernels=scalar|panama} overrides the choice.
 */
public final class Vectors {
  private static final VectorKernels IMPL = choose(System.getProperty("coreset4j.kernels", "auto"));

  private Vectors() {}

  static VectorKernels choose(String wanted) {
    if ("scalar".equals(wanted)) {
      return new ScalarKernels();
    }
    try {
      if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() && PanamaKernels.usable()) {
        return new PanamaKernels();
      }
    } catch (LinkageError e) {
      // fall through to the scalar kernels
    }
    Logger.getLogger(Vectors.class.getName())
        .warning("Vector API unavailable: run java with --add-modules jdk.incubator.vector; using scalar kernels");
    return new ScalarKernels();
  }

  /** The name of the implementation in use, recorded in manifests. */
  public static String implementation() {
    return IMPL.name();
  }

  public static float dot(FloatMatrix a, int i, FloatMatrix b, int j) {
    checkCols(a, b);
    return IMPL.dot(a.segment(), a.rowOffset(i), b.segment(), b.rowOffset(j), a.cols());
  }

  public static float dot(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n) {
    return IMPL.dot(a, aOffset, b, bOffset, n);
  }

  public static float dot(float[] a, float[] b) {
    check(a.length == b.length, a.length, b.length);
    return IMPL.dot(MemorySegment.ofArray(a), 0, MemorySegment.ofArray(b), 0, a.length);
  }

  public static float squaredDistance(FloatMatrix a, int i, FloatMatrix b, int j) {
    checkCols(a, b);
    return IMPL.squaredDistance(a.segment(), a.rowOffset(i), b.segment(), b.rowOffset(j), a.cols());
  }

  public static float squaredDistance(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n) {
    return IMPL.squaredDistance(a, aOffset, b, bOffset, n);
  }

  /** Dot product of bfloat16 rows, accumulated in float32. */
  public static float dot(Bf16Matrix a, int i, Bf16Matrix b, int j) {
    check(a.cols() == b.cols(), a.cols(), b.cols());
    return IMPL.dotBf16(a.segment(), a.rowOffset(i), b.segment(), b.rowOffset(j), a.cols());
  }

  /** Squared distance of bfloat16 rows, accumulated in float32. */
  public static float squaredDistance(Bf16Matrix a, int i, Bf16Matrix b, int j) {
    check(a.cols() == b.cols(), a.cols(), b.cols());
    return IMPL.squaredDistanceBf16(a.segment(), a.rowOffset(i), b.segment(), b.rowOffset(j), a.cols());
  }

  /** The Euclidean norm of a float64 vector. */
  public static double norm(double[] v) {
    double s = 0;
    for (double e : v) {
      s += e * e;
    }
    return Math.sqrt(s);
  }

  /**
   * Scales {@code v} in place to unit L2 norm: squares summed in float64, each value multiplied by
   * 1 / norm in float64 and rounded once. A row without a positive norm is multiplied by 0, so an
   * all-zero row stays as it is.
   */
  public static void normalize(float[] v) {
    double ss = 0;
    for (float x : v) {
      ss += (double) x * x;
    }
    double inv = ss > 0 ? 1 / Math.sqrt(ss) : 0;
    for (int j = 0; j < v.length; j++) {
      v[j] = (float) (v[j] * inv);
    }
  }

  /** {@code v / ||v||} rounded to float32 (a zero vector stays zero): a spherical k-means centroid. */
  public static float[] unitFloats(double[] v) {
    double norm = norm(v);
    double scale = norm == 0 ? 1.0 : 1.0 / norm;
    float[] out = new float[v.length];
    for (int j = 0; j < v.length; j++) {
      out[j] = (float) (v[j] * scale);
    }
    return out;
  }

  /** Row {@code i} of {@code x} dotted with a float64 vector, in float64. */
  public static double dotF64(FloatMatrix x, int i, double[] v) {
    check(x.cols() == v.length, x.cols(), v.length);
    return IMPL.dotF64(x.segment(), x.rowOffset(i), v, v.length);
  }

  /** y += alpha * row {@code i} of {@code x}, in float64. */
  public static void axpyF64(double alpha, FloatMatrix x, int i, double[] y) {
    check(x.cols() == y.length, x.cols(), y.length);
    IMPL.axpyF64(alpha, x.segment(), x.rowOffset(i), y, y.length);
  }

  /** Squared L2 norm of row {@code i}, in float64. */
  public static double sumSquaresF64(FloatMatrix x, int i) {
    return IMPL.sumSquaresF64(x.segment(), x.rowOffset(i), x.cols());
  }

  /** Rows i of a and j of b dotted in float64. */
  public static double dotWide(FloatMatrix a, int i, FloatMatrix b, int j) {
    checkCols(a, b);
    return IMPL.dotWide(a.segment(), a.rowOffset(i), b.segment(), b.rowOffset(j), a.cols());
  }

  /** Squared distance of rows i of a and j of b in float64. */
  public static double squaredDistanceWide(FloatMatrix a, int i, FloatMatrix b, int j) {
    checkCols(a, b);
    return IMPL.squaredDistanceWide(a.segment(), a.rowOffset(i), b.segment(), b.rowOffset(j), a.cols());
  }

  /** (row i of x - c) . v in float64. */
  public static double centeredDotF64(FloatMatrix x, int i, double[] c, double[] v) {
    check(x.cols() == v.length && c.length == v.length, x.cols(), v.length);
    return IMPL.centeredDotF64(x.segment(), x.rowOffset(i), c, v, v.length);
  }

  /**
   * The index of the largest a[i] - b[i] over the first n floats of {@code a} from byte
   * {@code aOffset}: ties to the lowest index, NaN never chosen, 0 when nothing exceeds -infinity.
   */
  public static int argmaxDifference(MemorySegment a, long aOffset, float[] b, int n) {
    check(n <= b.length, n, b.length);
    return IMPL.argmaxDifference(a, aOffset, b, n);
  }

  /** The lowest i in [from, n) with a[i] - b[i] >= threshold (float32 difference), or n. */
  public static int firstAtLeast(MemorySegment a, long aOffset, float[] b, int from, int n, float threshold) {
    check(n <= b.length, n, b.length);
    return IMPL.firstAtLeast(a, aOffset, b, from, n, threshold);
  }

  private static void checkCols(FloatMatrix a, FloatMatrix b) {
    check(a.cols() == b.cols(), a.cols(), b.cols());
  }

  private static void check(boolean ok, int n1, int n2) {
    if (!ok) {
      throw new IllegalArgumentException("vector lengths differ: " + n1 + " != " + n2);
    }
  }

  static VectorKernels impl() {
    return Objects.requireNonNull(IMPL);
  }
}
