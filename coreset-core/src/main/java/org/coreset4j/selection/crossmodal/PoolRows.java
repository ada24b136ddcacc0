package org.coreset4j.selection.crossmodal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Rounding;
import org.coreset4j.util.Parallel;

/**
 * Rows of both modalities as float32 in native memory (centred rows rounded to float32), with
 * n_x = |u_x| |v_x| of the float64 rows, which scales every error bound of their float32 products.
 */
final class PoolRows {
  private static final int CHUNK = 1024;
  private final FloatMatrix u;
  private final FloatMatrix v;
  private final double[] norm;
  private final boolean centred;

  private PoolRows(FloatMatrix u, FloatMatrix v, double[] norm, boolean centred) {
    this.u = u;
    this.v = v;
    this.norm = norm;
    this.centred = centred;
  }

  /** The rows of the samples {@code ids}, in that order. */
  static PoolRows of(TensorKernel kernel, int[] ids, Arena arena, Parallel parallel) {
    int m = ids.length;
    FloatMatrix u = FloatMatrix.allocateNative(arena, m, kernel.u().cols());
    FloatMatrix v = FloatMatrix.allocateNative(arena, m, kernel.v().cols());
    double[] norm = new double[m];
    parallel.forChunks(m, CHUNK, (chunk, from, to) -> {
      for (int p = from; p < to; p++) {
        // (1 + 1e-12) covers the rounding of the float64 norms themselves
        norm[p] = Math.sqrt(copy(kernel.u(), ids[p], u, p) * copy(kernel.v(), ids[p], v, p)) * (1 + 1e-12);
      }
    });
    return new PoolRows(u, v, norm, !isZero(kernel.u().mean()) || !isZero(kernel.v().mean()));
  }

  /** Copies row i of x, centred and rounded to float32, to row p of out; returns its float64 |x_i|^2. */
  private static double copy(CentredRows x, int i, FloatMatrix out, int p) {
    double s = 0;
    for (int c = 0; c < x.cols(); c++) {
      double e = x.get(i, c);
      out.set(p, c, (float) e);
      s += e * e;
    }
    return s;
  }

  private static boolean isZero(double[] mean) {
    for (double e : mean) {
      if (e != 0) {
        return false;
      }
    }
    return true;
  }

  /** The rows at the given positions of this set, in that order. */
  PoolRows subset(int[] positions, Arena arena) {
    double[] n = new double[positions.length];
    for (int k = 0; k < positions.length; k++) {
      n[k] = norm[positions[k]];
    }
    return new PoolRows(u.gatherInto(positions, FloatMatrix.allocateNative(arena, positions.length, u.cols())),
        v.gatherInto(positions, FloatMatrix.allocateNative(arena, positions.length, v.cols())), n, centred);
  }

  int rows() {
    return norm.length;
  }

  double norm(int p) {
    return norm[p];
  }

  /**
   * A bound delta with |k~(i, j) - k(i, j)| <= delta n_i n_j for the float32 products of {@link
   * #products}: each dot product of length D is off by at most gamma_D |x_i| |x_j| (Higham 3.1),
   * plus 3u for the rounding of centred rows to float32; the product of the two adds one rounding.
   */
  double delta() {
    double rows = centred ? 3 * Rounding.FLOAT : 0;
    double eu = Rounding.gamma(u.cols(), Rounding.FLOAT) + rows;
    double ev = Rounding.gamma(v.cols(), Rounding.FLOAT) + rows;
    return (eu + ev + eu * ev + Rounding.FLOAT * (1 + eu) * (1 + ev)) * 1.01;
  }

  /**
   * out[i][j] = fl32(u_i . u'_j) fl32(v_i . v'_j) for the rows i of this set and j of {@code other},
   * row-major with rows() x other.rows() floats from byte 0: two float32 GEMMs per chunk of
   * {@code other}'s rows and their Hadamard product.
   */
  void products(PoolRows other, MemorySegment out, Parallel parallel) {
    int e = rows();
    int m = other.rows();
    parallel.forChunks(m, CHUNK, (chunk, from, to) -> {
      int len = to - from;
      long at = (long) from * Float.BYTES;
      Blas.sgemm(false, true, e, len, u.cols(), 1f, u.segment(), 0, u.cols(),
          other.u.segment(), other.u.rowOffset(from), u.cols(), 0f, out, at, m);
      try (Arena scratch = Arena.ofConfined()) {
        MemorySegment vv = scratch.allocate((long) e * len * Float.BYTES, 64);
        Blas.sgemm(false, true, e, len, v.cols(), 1f, v.segment(), 0, v.cols(),
            other.v.segment(), other.v.rowOffset(from), v.cols(), 0f, vv, 0, len);
        for (int i = 0; i < e; i++) {
          long row = (long) i * m + from;
          for (int j = 0; j < len; j++) {
            float a = out.getAtIndex(ValueLayout.JAVA_FLOAT, row + j);
            out.setAtIndex(ValueLayout.JAVA_FLOAT, row + j, a * vv.getAtIndex(ValueLayout.JAVA_FLOAT, (long) i * len + j));
          }
        }
      }
    });
  }
}
