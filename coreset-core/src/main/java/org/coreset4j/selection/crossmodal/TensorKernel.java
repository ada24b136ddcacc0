package org.coreset4j.selection.crossmodal;

import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * The tensor-product kernel k(i, j) = (u_i . u_j)(v_i . v_j) of two modalities u and v of the same
 * samples (their dimensions Du and Dv may differ; rows centred as {@link CentredRows} says). It is
 * the inner product of the implicit features vec(u_i v_i^T), hence the two identities that keep
 * every use O(N (Du + Dv)) per step and never form a Du x Dv matrix per sample nor an N x N one:
 * <ul>
 *   <li>sum_{p in P} k(p, x) = u_x^T (sum_{p in P} u_p v_p^T) v_x: one Du x Dv matrix for the
 *       set P ({@link #outerSum}), then one quadratic form per x ({@link #quadraticForm});
 *   <li>k(s, x) = (u_s . u_x)(v_s . v_x): two dot products per x ({@link TensorGreedy} sums them
 *       over the picks s).
 * </ul>
 * Everything is float64, and each value is summed in an order independent of the thread count.
 */
public record TensorKernel(CentredRows u, CentredRows v) {
  /** Rows of the Du x Dv sum that one worker sums over all samples. */
  private static final int SUM_ROWS = 16;

  /**
   * sum over k < size of (u_{ids[k]} - mu) v_{ids[k]}^T as Du rows of Dv, with v's rows as given:
   * that is sum (u - mu)(v - nu)^T when v is not centred, or when the ids are all samples and mu
   * is u's mean (then sum_i (u_ir - mu_r) = 0). Row r is summed in id-list order on one worker.
   */
  public double[][] outerSum(int[] ids, int size, Parallel parallel) {
    double[][] m = new double[u.cols()][v.cols()];
    parallel.forChunks(u.cols(), SUM_ROWS, (chunk, from, to) -> {
      for (int k = 0; k < size; k++) {
        int i = ids[k];
        for (int r = from; r < to; r++) {
          Vectors.axpyF64(u.get(i, r), v.x(), i, m[r]);
        }
      }
    });
    return m;
  }

  /** (u_i - mu)^T m (v_i - nu) for a Du x Dv matrix m: O(Du Dv). */
  public double quadraticForm(int i, double[][] m) {
    double a = 0;
    for (int r = 0; r < m.length; r++) {
      a += u.get(i, r) * v.dot(i, m[r]);
    }
    return a;
  }

  /** k(i, i) = |u_i|^2 |v_i|^2. */
  public double self(int i) {
    return u.dot(i, u.row(i)) * v.dot(i, v.row(i));
  }
}
