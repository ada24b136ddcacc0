package org.coreset4j.selection.crosscov;

import java.util.Arrays;
import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.ModalityPair;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.crossmodal.CentredRows;
import org.coreset4j.selection.crossmodal.TensorGain;
import org.coreset4j.selection.crossmodal.TensorGreedy;
import org.coreset4j.selection.crossmodal.TensorKernel;
import org.coreset4j.util.Parallel;

/**
 * Cross-covariance herding: kernel herding on k(i, j) = (u_i . u_j)(v_i . v_j), where u_i and v_i
 * are sample i's rows in the two modalities of {@code --pair} (their dimensions may differ),
 * centred on their means with {@code --center yes}. It makes the picks' mean of u_s v_s^T approach
 * C = (1/N) sum_i u_i v_i^T. With S the k samples picked so far and
 * R_k = (k + 1) C - sum_{s in S} u_s v_s^T, step k adds the unpicked i maximising
 * 2 u_i^T R_k v_i - |u_i|^2 |v_i|^2, ties to the lowest index.
 *
 * <p>No Du x Dv matrix is formed per sample and no N x N one at all ({@link TensorKernel}):
 * with a_i = u_i^T C v_i (C formed once, O(N Du Dv)) and p_i = sum_{s in S} (u_s . u_i)(v_s . v_i),
 * the score is 2 ((k + 1) a_i - p_i) - |u_i|^2 |v_i|^2, in float64 as {@link TensorGreedy} defines
 * it; that engine makes the exact greedy picks from GEMM products with error bounds, in an order
 * independent of the thread count.
 *
 * <p>Diagnostics: {@code order} and {@code gain}: the residual ||t C - sum_{s in S} u_s v_s^T||_F
 * after step t.
 */
public final class CrossCovSelector implements Selector {
  private static final int CHUNK = 2048;
  private final CrossCovParams params;
  private final TensorGreedy.Tuning tuning;

  public CrossCovSelector(CrossCovParams params) {
    this(params, TensorGreedy.Tuning.DEFAULT);
  }

  CrossCovSelector(CrossCovParams params, TensorGreedy.Tuning tuning) {
    this.params = params;
    this.tuning = tuning;
  }

  @Override
  public String name() {
    return "crosscov";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    int k = budget.count(n);
    Parallel parallel = context.parallel();
    ModalityPair.Features f = params.pair().features(context, n);
    TensorKernel kernel = new TensorKernel(CentredRows.of(f.first(), params.center(), CHUNK, parallel),
        CentredRows.of(f.second(), params.center(), CHUNK, parallel));
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    double[][] c = kernel.outerSum(all, n, parallel);
    for (double[] row : c) {
      for (int j = 0; j < row.length; j++) {
        row[j] /= n;
      }
    }
    double[] self = new double[n];
    parallel.forChunks(n, CHUNK, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        self[i] = kernel.self(i);
      }
    });
    double cSquares = 0;
    for (double[] row : c) {
      for (double e : row) {
        cSquares += e * e;
      }
    }
    context.progress().start("crosscov", k);
    TensorGreedy.Result picks =
        TensorGreedy.run(kernel, c, all, k, new TensorGain.Herding(self), tuning, parallel, context.progress());
    context.progress().finish();
    int[] order = picks.order();
    double[] target = picks.quadraticTerms();
    double[] picked = picks.pickTerms();
    double[] gains = new double[k];
    double targetSum = 0;
    double pickedKernel = 0;
    for (int t = 1; t <= k; t++) {
      // ||R||^2 = t^2 |C|^2 - 2 t sum_s a_s + sum_{s, s'} k(s, s'); the new pick adds 2 p_pick + k(pick, pick)
      targetSum += target[t - 1];
      pickedKernel += 2 * picked[t - 1] + self[order[t - 1]];
      gains[t - 1] = Math.sqrt(Math.max(0, (double) t * t * cSquares - 2.0 * t * targetSum + pickedKernel));
    }
    return Selection.greedy(order, gains, Map.of());
  }
}
