package org.coreset4j.selection.crosscov;

import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.ModalityPair;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.ChunkArgmax;
import org.coreset4j.util.Parallel;

/**
 * Cross-covariance herding: kernel herding on k(i, j) = (u_i . u_j)(v_i . v_j), where u_i and v_i
 * are sample i's rows in the two modalities of {@code --pair} (their dimensions may differ),
 * centred on their means with {@code --center yes}. It makes the picks' mean of u_s v_s^T approach
 * C = (1/N) sum_i u_i v_i^T. With S the k samples picked so far and
 * R_k = (k + 1) C - sum_{s in S} u_s v_s^T, step k adds the unpicked i maximising
 * 2 u_i^T R_k v_i - |u_i|^2 |v_i|^2, ties to the lowest index.
 *
 * <p>No Du x Dv matrix is formed per sample and no N x N one at all: a_i = u_i^T C v_i is computed
 * once (C formed once, O(N Du Dv)), and p_i = sum_{s in S} (u_s . u_i)(v_s . v_i) is kept as a
 * running N-vector, adding (U u_s) o (V v_s) after each pick (O(N (Du + Dv))); the score is then
 * 2 ((k + 1) a_i - p_i) - |u_i|^2 |v_i|^2. Everything is accumulated in float64, and each value is
 * summed in an order independent of the thread count.
 *
 * <p>Diagnostics: {@code order} and {@code gain}: the residual ||t C - sum_{s in S} u_s v_s^T||_F
 * after step t.
 */
public final class CrossCovSelector implements Selector {
  private static final int CHUNK = 2048;
  /** Rows of C that one worker sums over all samples. */
  private static final int C_ROWS = 16;
  private final CrossCovParams params;

  public CrossCovSelector(CrossCovParams params) {
    this.params = params;
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
    Centred u = Centred.of(f.first(), params.center(), CHUNK, parallel);
    Centred v = Centred.of(f.second(), params.center(), CHUNK, parallel);
    double[][] c = crossMoment(u, v, n, parallel);
    double[] target = new double[n];
    double[] self = new double[n];
    parallel.forChunks(n, CHUNK, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        double a = 0;
        for (int r = 0; r < c.length; r++) {
          a += u.get(i, r) * v.dot(i, c[r]);
        }
        target[i] = a;
        self[i] = u.dot(i, u.row(i)) * v.dot(i, v.row(i));
      }
    });
    double cSquares = 0;
    for (double[] row : c) {
      for (double e : row) {
        cSquares += e * e;
      }
    }
    double[] picked = new double[n];
    boolean[] chosen = new boolean[n];
    int[] order = new int[k];
    double[] gains = new double[k];
    double targetSum = 0;
    double pickedKernel = 0;
    context.progress().start("crosscov", k);
    for (int t = 1; t <= k; t++) {
      int scale = t;
      int pick = ChunkArgmax.argmax(parallel, n, CHUNK, i -> !chosen[i],
          i -> 2 * (scale * target[i] - picked[i]) - self[i]);
      chosen[pick] = true;
      order[t - 1] = pick;
      // ||R||^2 = t^2 |C|^2 - 2 t sum_s a_s + sum_{s, s'} k(s, s'); the new pick adds 2 p_pick + k(pick, pick)
      targetSum += target[pick];
      pickedKernel += 2 * picked[pick] + self[pick];
      gains[t - 1] = Math.sqrt(Math.max(0, (double) t * t * cSquares - 2.0 * t * targetSum + pickedKernel));
      if (t < k) {
        addKernel(u, v, pick, picked, parallel);
      }
      context.progress().advance(1);
    }
    context.progress().finish();
    return Selection.greedy(order, gains, Map.of());
  }

  /** p_i += (u_s . u_i)(v_s . v_i) for every i: two matrix-vector products. */
  private static void addKernel(Centred u, Centred v, int s, double[] p, Parallel parallel) {
    double[] us = u.row(s);
    double[] vs = v.row(s);
    parallel.forChunks(p.length, CHUNK, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        p[i] += u.dot(i, us) * v.dot(i, vs);
      }
    });
  }

  /**
   * C = (1/N) sum_i u_i v_i^T as Du rows of Dv. Row r sums (u_ir - mu_r) v_i over i in row order
   * on one worker; with centring this is the cross-covariance, since sum_i (u_ir - mu_r) = 0.
   */
  private static double[][] crossMoment(Centred u, Centred v, int n, Parallel parallel) {
    double[][] c = new double[u.cols()][v.cols()];
    parallel.forChunks(u.cols(), C_ROWS, (chunk, from, to) -> {
      for (int i = 0; i < n; i++) {
        for (int r = from; r < to; r++) {
          Vectors.axpyF64(u.get(i, r), v.x(), i, c[r]);
        }
      }
      for (int r = from; r < to; r++) {
        for (int j = 0; j < c[r].length; j++) {
          c[r][j] /= n;
        }
      }
    });
    return c;
  }
}
