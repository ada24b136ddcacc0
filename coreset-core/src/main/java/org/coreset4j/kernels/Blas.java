package org.coreset4j.kernels;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.bytedeco.openblas.global.openblas_full;

/**
 * GEMM-sized work through OpenBLAS (natives bundled in the org.bytedeco jars, loaded on first
 * use). Matrices are row-major float32 in memory segments addressed by byte offset; heap segments
 * are staged through native memory. OpenBLAS runs single-threaded: callers parallelise by calling
 * it on blocks from {@link org.coreset4j.util.Parallel} workers, which keeps results independent of
 * the thread count and avoids OpenBLAS's spinning threads competing with the Java workers.
 */
public final class Blas {
  private static volatile boolean loaded;

  private Blas() {}

  /**
   * Starts loading the natives (about 0.4 s) on a daemon thread, so that a command can read its
   * inputs meanwhile; the first GEMM waits for it.
   */
  public static void preload() {
    Thread.ofPlatform().daemon().name("coreset4j-openblas-load").start(Blas::ensureLoaded);
  }

  static void ensureLoaded() {
    if (!loaded) {
      synchronized (Blas.class) {
        if (!loaded) {
          org.bytedeco.javacpp.Loader.load(openblas_full.class);
          openblas_full.openblas_set_num_threads(1);
          loaded = true;
        }
      }
    }
  }

  /**
   * C = alpha * op(A) * op(B) + beta * C, row-major; op(A) is m x k, op(B) is k x n, C is m x n.
   * Leading dimensions are in elements.
   */
  public static void sgemm(
      boolean transA, boolean transB, int m, int n, int k, float alpha,
      MemorySegment a, long aOffset, int lda,
      MemorySegment b, long bOffset, int ldb,
      float beta, MemorySegment c, long cOffset, int ldc) {
    ensureLoaded();
    long aBytes = transA ? bytes(k, m, lda) : bytes(m, k, lda);
    long bBytes = transB ? bytes(n, k, ldb) : bytes(k, n, ldb);
    long cBytes = bytes(m, n, ldc);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment na = nativeView(a, aOffset, aBytes, arena, true);
      MemorySegment nb = nativeView(b, bOffset, bBytes, arena, true);
      MemorySegment nc = nativeView(c, cOffset, cBytes, arena, beta != 0);
      openblas.cblas_sgemm(openblas.CblasRowMajor,
          transA ? openblas.CblasTrans : openblas.CblasNoTrans,
          transB ? openblas.CblasTrans : openblas.CblasNoTrans,
          m, n, k, alpha, pointer(na), lda, pointer(nb), ldb, beta, pointer(nc), ldc);
      if (!c.isNative() && cBytes > 0) {
        // row by row: the gaps between rows (ldc > n) may belong to other callers' blocks
        long rowBytes = (long) n * Float.BYTES;
        for (int r = 0; r < m; r++) {
          long at = (long) r * ldc * Float.BYTES;
          MemorySegment.copy(nc, at, c, cOffset + at, rowBytes);
        }
      }
    }
  }

  /** C (m x n) = alpha * op(A) * op(B) + beta * C on row-major arrays. */
  public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
      float[] a, float[] b, float beta, float[] c) {
    sgemm(transA, transB, m, n, k, alpha,
        MemorySegment.ofArray(a), 0, transA ? m : k,
        MemorySegment.ofArray(b), 0, transB ? k : n,
        beta, MemorySegment.ofArray(c), 0, n);
  }

  /**
   * C (m x n) = alpha * op(A) * op(B) + beta * C on row-major float64 arrays (OpenBLAS dgemm, one
   * thread, so the result does not depend on how many callers run at once).
   */
  public static void dgemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
      double[] a, double[] b, double beta, double[] c) {
    ensureLoaded();
    openblas.cblas_dgemm(openblas.CblasRowMajor,
        transA ? openblas.CblasTrans : openblas.CblasNoTrans,
        transB ? openblas.CblasTrans : openblas.CblasNoTrans,
        m, n, k, alpha, a, transA ? m : k, b, transB ? k : n, beta, c, n);
  }

  /**
   * C (m x n) = alpha * op(A) * op(B) + beta * C on row-major float64 matrices in native memory
   * (leading dimensions in elements), handed to OpenBLAS without copies: for repeated large
   * products, where staging the {@code double[]} of {@link #dgemm(boolean, boolean, int, int, int,
   * double, double[], double[], double, double[])} would cost a fair share of the time.
   */
  public static void dgemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
      MemorySegment a, int lda, MemorySegment b, int ldb, double beta, MemorySegment c, int ldc) {
    ensureLoaded();
    openblas.cblas_dgemm(openblas.CblasRowMajor,
        transA ? openblas.CblasTrans : openblas.CblasNoTrans,
        transB ? openblas.CblasTrans : openblas.CblasNoTrans,
        m, n, k, alpha, doubles(a), lda, doubles(b), ldb, beta, doubles(c), ldc);
  }

  /** A direct view of a native segment (below 2 GiB) as doubles. */
  private static java.nio.DoubleBuffer doubles(MemorySegment s) {
    if (!s.isNative()) {
      throw new IllegalArgumentException("dgemm on segments needs native memory");
    }
    return s.asByteBuffer().order(java.nio.ByteOrder.nativeOrder()).asDoubleBuffer();
  }

  /** Bytes spanned by a rows x cols block with leading dimension ld. */
  private static long bytes(int rows, int cols, int ld) {
    return rows == 0 || cols == 0 ? 0 : ((long) (rows - 1) * ld + cols) * Float.BYTES;
  }

  private static MemorySegment nativeView(MemorySegment s, long offset, long bytes, Arena arena, boolean copyIn) {
    if (s.isNative()) {
      return s.asSlice(offset, bytes);
    }
    MemorySegment copy = arena.allocate(Math.max(bytes, Float.BYTES), 64);
    if (copyIn && bytes > 0) {
      MemorySegment.copy(s, offset, copy, 0, bytes);
    }
    return copy;
  }

  /** A pointer to the segment's first float (slices handed to BLAS stay below 2 GiB). */
  static FloatPointer pointer(MemorySegment s) {
    return new FloatPointer(s.asByteBuffer().order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer());
  }
}
