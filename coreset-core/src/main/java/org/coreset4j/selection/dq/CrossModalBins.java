package org.coreset4j.selection.dq;

import java.util.Arrays;
import org.coreset4j.selection.crossmodal.TensorGain;
import org.coreset4j.selection.crossmodal.TensorGreedy;
import org.coreset4j.selection.crossmodal.TensorKernel;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * The DQ bins of the cross-modal kernel k(p, x) = (u_p . u_x)(v_p . v_x):
 * gain(x) = lambda * T_P(x) - 2 * A_S(x) in float64 with T_P(x) = sum_{p in P} k(p, x) and
 * A_S(x) = sum_{s in S} k(s, x), ties to the lowest id, by the exact greedy engine {@link
 * TensorGreedy}.
 *
 * <p>T_P(x) is u_x^T M_P v_x with M_P = sum_{p in P} u_p v_p^T: one Du x Dv matrix, formed once for
 * all samples; when a bin is complete its S leaves the pool, so the next pool's matrix is
 * M_P - M_S (O(|S| Du Dv)). A_S is the picks' products summed in pick order.
 */
final class CrossModalBins implements BinSequence.Picker {
  private final TensorKernel kernel;
  private final double lambda;
  private final Parallel parallel;
  private final TensorGreedy.Tuning tuning;
  /** M_P for the current pool P. */
  private final double[][] poolOuter;

  CrossModalBins(TensorKernel kernel, int n, double lambda, Parallel parallel, TensorGreedy.Tuning tuning) {
    this.kernel = kernel;
    this.lambda = lambda;
    this.parallel = parallel;
    this.tuning = tuning;
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    this.poolOuter = kernel.outerSum(all, n, parallel);
  }

  @Override
  public int[] pick(int[] pool, int target, Progress progress) {
    int[] made = TensorGreedy.run(kernel, poolOuter, pool, target, new TensorGain.Bin(lambda), tuning, parallel,
        progress).order();
    if (made.length < pool.length) {
      double[][] picked = kernel.outerSum(made, made.length, parallel);
      for (int r = 0; r < poolOuter.length; r++) {
        for (int c = 0; c < poolOuter[r].length; c++) {
          poolOuter[r][c] -= picked[r][c];
        }
      }
    }
    return made;
  }
}
