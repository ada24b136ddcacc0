package org.coreset4j.selection.dq;

import java.util.Arrays;
import org.coreset4j.selection.crossmodal.TensorKernel;
import org.coreset4j.util.ChunkArgmax;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * The DQ bins of the cross-modal kernel k(p, x) = (u_p . u_x)(v_p . v_x), plainly in float64:
 * gain(x) = lambda * T_P(x) - 2 * A_S(x) with T_P(x) = sum_{p in P} k(p, x) and
 * A_S(x) = sum_{s in S} k(s, x), ties to the lowest id.
 *
 * <p>T over all samples is u_x^T (sum_p u_p v_p^T) v_x: one Du x Dv matrix, then one quadratic
 * form per x, once. A_S is a running N-vector: each pick s adds (u_s . u_x)(v_s . v_x) to every x of
 * the pool, O(|P| (Du + Dv)). When a bin is complete its S leaves the pool, so the next pool's term
 * is T_P(x) - A_S(x), already at hand: no Du x Dv matrix is formed after the first.
 */
final class CrossModalBins implements BinSequence.Picker {
  private static final int CHUNK = 2048;
  private final TensorKernel kernel;
  private final double lambda;
  private final Parallel parallel;
  /** T_P(x) for the current pool P, by sample id. */
  private final double[] poolTerm;
  /** A_S(x) for the current bin's picks S, by sample id. */
  private final double[] pickTerm;

  CrossModalBins(TensorKernel kernel, int n, double lambda, Parallel parallel) {
    this.kernel = kernel;
    this.lambda = lambda;
    this.parallel = parallel;
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    double[][] m = kernel.outerSum(all, n, parallel);
    this.poolTerm = new double[n];
    parallel.forChunks(n, CHUNK, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        poolTerm[i] = kernel.quadraticForm(i, m);
      }
    });
    this.pickTerm = new double[n];
  }

  @Override
  public int[] pick(int[] pool, int target, Progress progress) {
    int m = pool.length;
    boolean[] chosen = new boolean[m];
    int[] made = new int[target];
    for (int t = 0; t < target; t++) {
      int p = ChunkArgmax.argmax(parallel, m, CHUNK, q -> !chosen[q],
          q -> lambda * poolTerm[pool[q]] - 2 * pickTerm[pool[q]]);
      chosen[p] = true;
      made[t] = pool[p];
      kernel.addPick(pool[p], pool, m, pickTerm, parallel);
      progress.advance(1);
    }
    for (int id : pool) {
      poolTerm[id] -= pickTerm[id];
      pickTerm[id] = 0;
    }
    return made;
  }
}
