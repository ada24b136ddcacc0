package org.coreset4j.kernels;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.bytedeco.openblas.global.openblas;
import org.coreset4j.data.FloatMatrix;

/**
 * The few LAPACK routines the library needs, from the OpenBLAS build that {@link Blas} loads.
 * Like GEMM, these routines block over output panels, so results do not depend on the thread count.
 */
public final class Lapack {
  private Lapack() {}

  /**
   * Overwrites the row-major {@code rows x cols} float32 matrix A (rows >= cols, in native memory)
   * with Q of its thin QR factorisation A = Q R and returns R ({@code cols x cols}, upper
   * triangular, row-major). A row-major matrix is its transpose in column-major order, so this is
   * the LQ factorisation A^T = L Q^T with R = L^T.
   */
  public static float[] orthonormalizeColumns(MemorySegment a, int rows, int cols) {
    if (rows < cols) {
      throw new IllegalArgumentException("QR needs rows >= cols, got " + rows + " x " + cols);
    }
    if (!a.isNative()) {
      throw new IllegalArgumentException("QR works in place on native memory");
    }
    Blas.ensureLoaded();
    MemorySegment view = a.asSlice(0, (long) rows * cols * Float.BYTES);
    float[] r = new float[cols * cols];
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment tau = arena.allocate((long) cols * Float.BYTES, 64);
      check("sgelqf", openblas.LAPACKE_sgelqf(openblas.LAPACK_COL_MAJOR, cols, rows,
          Blas.pointer(view), cols, Blas.pointer(tau)));
      // L sits in the lower triangle of the first cols x cols column-major block: L(i, j) at
      // i + j * cols for i >= j, which read row-major is R(j, i) = L(i, j).
      MemorySegment.copy(view, FloatMatrix.F32, 0, r, 0, cols * cols);
      for (int j = 0; j < cols; j++) {
        for (int i = 0; i < j; i++) {
          r[j * cols + i] = 0f;
        }
      }
      check("sorglq", openblas.LAPACKE_sorglq(openblas.LAPACK_COL_MAJOR, cols, rows, cols,
          Blas.pointer(view), cols, Blas.pointer(tau)));
    }
    return r;
  }

  /**
   * Eigendecomposition of a symmetric {@code n x n} matrix (row-major, overwritten): returns the
   * eigenvalues ascending; on return eigenvector j occupies {@code a[j * n .. j * n + n)}.
   */
  public static double[] symmetricEigen(double[] a, int n) {
    Blas.ensureLoaded();
    double[] w = new double[n];
    check("dsyevd", openblas.LAPACKE_dsyevd(openblas.LAPACK_COL_MAJOR, (byte) 'V', (byte) 'U', n, a, n, w));
    return w;
  }

  /**
   * The {@code k} largest eigenvalues of a symmetric {@code n x n} matrix, descending (LAPACK
   * dsyevr, which reduces the matrix to tridiagonal form and computes only the wanted pairs). Reads
   * the lower triangle of the row-major {@code a}, which is overwritten; writes the eigenvector of
   * the c-th largest eigenvalue to {@code vectors[c * n .. c * n + n)}.
   */
  public static double[] largestEigen(double[] a, int n, int k, double[] vectors) {
    Blas.ensureLoaded();
    double[] w = new double[n];
    double[] z = new double[n * k];
    int[] found = new int[1];
    int[] support = new int[2 * k];
    // Row-major lower triangle = column-major upper triangle.
    check("dsyevr", openblas.LAPACKE_dsyevr(openblas.LAPACK_COL_MAJOR, (byte) 'V', (byte) 'I', (byte) 'U', n, a, n,
        0, 0, n - k + 1, n, 0, found, w, z, n, support));
    double[] values = new double[k];
    for (int c = 0; c < k; c++) {
      int src = k - 1 - c;
      values[c] = w[src];
      System.arraycopy(z, src * n, vectors, c * n, n);
    }
    return values;
  }

  /**
   * Singular value decomposition M = U S V^T of a row-major {@code n x n} matrix: returns S
   * descending and writes U, row-major, to {@code left}. The input is overwritten.
   */
  public static double[] svdLeft(double[] m, int n, double[] left) {
    Blas.ensureLoaded();
    double[] s = new double[n];
    double[] unused = new double[n * n];
    // Read column-major the array is M^T = V S U^T, whose right factor's transpose U^T, written
    // column-major, is U row-major.
    check("dgesdd", openblas.LAPACKE_dgesdd(openblas.LAPACK_COL_MAJOR, (byte) 'S', n, n, m, n, s,
        unused, n, left, n));
    return s;
  }

  /**
   * Solves A X = B for a symmetric positive definite {@code n x n} A (row-major, overwritten by its
   * Cholesky factor) and {@code n x k} right-hand sides B (row-major, overwritten by X), by LAPACK
   * dposv. Returns false, leaving B unusable, when A is not positive definite.
   */
  public static boolean solvePositiveDefinite(double[] a, int n, double[] b, int k) {
    Blas.ensureLoaded();
    int info = openblas.LAPACKE_dposv(openblas.LAPACK_ROW_MAJOR, (byte) 'L', n, k, a, n, b, k);
    if (info < 0) {
      check("dposv", info);
    }
    return info == 0;
  }

  private static void check(String routine, int info) {
    if (info != 0) {
      throw new IllegalStateException(routine + " failed with info " + info);
    }
  }
}
