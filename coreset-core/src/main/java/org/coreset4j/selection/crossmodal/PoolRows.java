package org.coreset4j.selection.crossmodal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Rounding;
import org.coreset4j.util.Parallel;

/**
 * Rows of both modalities as float64 in native memory, as {@link CentredRows} reads them, with
 * n_x = |u_x| |v_x|, which scales every error bound of their products.
 */
final class PoolRows {
  private static final int CHUNK = 1024;
  private static final ValueLayout.OfDouble F64 = ValueLayout.JAVA_DOUBLE;
  private final MemorySegment u;
  private final MemorySegment v;
  private final int du;
  private final int dv;
  private final double[] norm;

  private PoolRows(MemorySegment u, MemorySegment v, int du, int dv, double[] norm) {
    this.u = u;
    this.v = v;
    this.du = du;
    this.dv = dv;
    this.norm = norm;
  }

  private static MemorySegment allocate(Arena arena, long doubles) {
    return arena.allocate(Math.max(1, doubles) * Double.BYTES, 64);
  }

  /** The rows of the samples {@code ids}, in that order. */
  static PoolRows of(TensorKernel kernel, int[] ids, Arena arena, Parallel parallel) {
    int m = ids.length;
    int du = kernel.u().cols();
    int dv = kernel.v().cols();
    MemorySegment u = allocate(arena, (long) m * du);
    MemorySegment v = allocate(arena, (long) m * dv);
    double[] norm = new double[m];
    parallel.forChunks(m, CHUNK, (chunk, from, to) -> {
      for (int p = from; p < to; p++) {
        // (1 + 1e-12) covers the rounding of the float64 norms themselves
        norm[p] = Math.sqrt(copy(kernel.u(), ids[p], u, p) * copy(kernel.v(), ids[p], v, p)) * (1 + 1e-12);
      }
    });
    return new PoolRows(u, v, du, dv, norm);
  }

  /** Copies row i of x (centred) to row p of out; returns |x_i|^2. */
  private static double copy(CentredRows x, int i, MemorySegment out, int p) {
    double s = 0;
    long at = (long) p * x.cols();
    for (int c = 0; c < x.cols(); c++) {
      double e = x.get(i, c);
      out.setAtIndex(F64, at + c, e);
      s += e * e;
    }
    return s;
  }

  /** The rows at the given positions of this set, in that order. */
  PoolRows subset(int[] positions, Arena arena) {
    int k = positions.length;
    MemorySegment su = allocate(arena, (long) k * du);
    MemorySegment sv = allocate(arena, (long) k * dv);
    double[] n = new double[k];
    for (int j = 0; j < k; j++) {
      int p = positions[j];
      MemorySegment.copy(u, (long) p * du * Double.BYTES, su, (long) j * du * Double.BYTES, (long) du * Double.BYTES);
      MemorySegment.copy(v, (long) p * dv * Double.BYTES, sv, (long) j * dv * Double.BYTES, (long) dv * Double.BYTES);
      n[j] = norm[p];
    }
    return new PoolRows(su, sv, du, dv, n);
  }

  /**
   * The k x k products k~(i, j) of the rows at the given positions, row-major, by two float32
   * GEMMs (one per modality, in parallel): rough products, for guesses only.
   */
  float[] roughProducts(int[] positions, Parallel parallel) {
    int k = positions.length;
    float[][] grams = new float[2][];
    parallel.forChunks(2, 1, (chunk, from, to) -> {
      MemorySegment x = chunk == 0 ? u : v;
      int d = chunk == 0 ? du : dv;
      float[] rows = new float[k * d];
      for (int j = 0; j < k; j++) {
        for (int c = 0; c < d; c++) {
          rows[j * d + c] = (float) x.getAtIndex(F64, (long) positions[j] * d + c);
        }
      }
      grams[chunk] = new float[k * k];
      Blas.sgemm(false, true, k, k, d, 1f, rows, rows, 0f, grams[chunk]);
    });
    for (int e = 0; e < k * k; e++) {
      grams[0][e] *= grams[1][e];
    }
    return grams[0];
  }

  int rows() {
    return norm.length;
  }

  double norm(int p) {
    return norm[p];
  }

  /**
   * A bound delta with |k~(i, j) - k(i, j)| <= delta n_i n_j for the products of {@link
   * #products}: each float64 dot product of length D is off by at most gamma_D |x_i| |x_j|
   * (Higham 3.1), and their product adds one rounding.
   */
  double delta() {
    double eu = Rounding.gamma(du, Rounding.DOUBLE);
    double ev = Rounding.gamma(dv, Rounding.DOUBLE);
    return (eu + ev + eu * ev + Rounding.DOUBLE * (1 + eu) * (1 + ev)) * 1.01;
  }

  /**
   * out[i][j] = fl(u_i . u'_j) fl(v_i . v'_j) for the rows i of this set and j of {@code other},
   * row-major float64 with rows() x other.rows() entries from byte 0: two GEMMs per chunk of
   * {@code other}'s rows and their Hadamard product.
   */
  void products(PoolRows other, MemorySegment out, Parallel parallel) {
    int e = rows();
    int m = other.rows();
    parallel.forChunks(m, CHUNK, (chunk, from, to) -> {
      int len = to - from;
      Blas.dgemm(false, true, e, len, du, 1, u, du, other.u.asSlice((long) from * du * Double.BYTES), du, 0,
          out.asSlice((long) from * Double.BYTES), m);
      try (Arena scratch = Arena.ofConfined()) {
        MemorySegment vv = allocate(scratch, (long) e * len);
        Blas.dgemm(false, true, e, len, dv, 1, v, dv, other.v.asSlice((long) from * dv * Double.BYTES), dv, 0,
            vv, len);
        for (int i = 0; i < e; i++) {
          long row = (long) i * m + from;
          for (int j = 0; j < len; j++) {
            out.setAtIndex(F64, row + j, out.getAtIndex(F64, row + j) * vv.getAtIndex(F64, (long) i * len + j));
          }
        }
      }
    });
  }
}
