package org.coreset4j.kernels;

import java.lang.foreign.MemorySegment;

/**
 * The memory-bound kernels everything else uses. Float32 operands live in memory segments and are
 * addressed by byte offset; float64 operands are arrays. One implementation is chosen at start-up
 * by {@link Vectors}; all implementations must agree within float rounding.
 */
interface VectorKernels {
  /** Sum of a[i] * b[i] over n float32 elements, accumulated in float32. */
  float dot(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n);

  /** Sum of (a[i] - b[i])^2 over n float32 elements, accumulated in float32. */
  float squaredDistance(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n);

  /** Sum of x[i] * v[i] with float32 x and float64 v, accumulated in float64. */
  double dotF64(MemorySegment x, long xOffset, double[] v, int n);

  /** y[i] += alpha * x[i] with float32 x, in float64. */
  void axpyF64(double alpha, MemorySegment x, long xOffset, double[] y, int n);

  /** Sum of x[i]^2 over n float32 elements, accumulated in float64. */
  double sumSquaresF64(MemorySegment x, long xOffset, int n);

  /** Sum of a[i] * b[i] over n bfloat16 elements (2 bytes each), accumulated in float32. */
  float dotBf16(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n);

  /** Sum of (a[i] - b[i])^2 over n bfloat16 elements, accumulated in float32. */
  float squaredDistanceBf16(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n);


  /** Sum of a[i] * b[i] over n float32 elements, accumulated in float64. */
  double dotWide(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n);


  /** Sum of (a[i] - b[i])^2 over n float32 elements, accumulated in float64. */
  double squaredDistanceWide(MemorySegment a, long aOffset, MemorySegment b, long bOffset, int n);


  /** Sum of (x[i] - c[i]) * v[i] with float32 x and float64 c, v, in float64. */
  double centeredDotF64(MemorySegment x, long xOffset, double[] c, double[] v, int n);

  /**
   * The index of the largest a[i] - b[i] (float32 difference) over n elements: the lowest such
   * index on ties, NaN never chosen, 0 when no difference exceeds negative infinity.
   */
  int argmaxDifference(MemorySegment a, long aOffset, float[] b, int n);

  /**
   * The lowest index i in [from, n) with a[i] - b[i] >= threshold (float32 difference, as in
   * {@link #argmaxDifference}), or n when there is none.
   */
  int firstAtLeast(MemorySegment a, long aOffset, float[] b, int from, int n, float threshold);

  String name();
}
