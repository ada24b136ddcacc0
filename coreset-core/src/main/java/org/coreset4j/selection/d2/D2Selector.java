package org.coreset4j.selection.d2;

import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.neighbors.ExactKnn;
import org.coreset4j.neighbors.KnnGraph;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Scores;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;

/**
 * D2-Pruning (Maharana et al. 2023) as ALGORITHMS.md fixes it: on the exact kNN graph (squared L2
 * distances d), forward messages s'_i = s_i + sum over j in kNN(i) of exp(-gamma_f d_ij) s_j with
 * s clipped below at 1e-7; then repeatedly take the largest s' (ties to the lower index) and for
 * each neighbour j of the pick still unpicked, s'_j -= s'_pick exp(-gamma_r d_pick,j).
 * Diagnostics: {@code order} and {@code gain} (s' of each pick when taken).
 */
public final class D2Selector implements Selector {
  static final double MIN_SCORE = 1e-7;

  private final D2Params params;

  public D2Selector(D2Params params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "d2";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    int count = budget.count(n);
    double[] s = Scores.require(context, n, name()).clone();
    for (int i = 0; i < n; i++) {
      s[i] = Math.max(s[i], MIN_SCORE);
    }
    KnnGraph g = ExactKnn.build(features, params.neighbors(), context.parallel(), context.progress());
    double[] forward = new double[n];
    for (int i = 0; i < n; i++) {
      double v = s[i];
      for (int j = 0; j < g.k(); j++) {
        v += Math.exp(-params.gammaForward() * g.distance(i, j)) * s[g.neighbor(i, j)];
      }
      forward[i] = v;
    }
    IndexedMaxHeap heap = new IndexedMaxHeap(forward);
    int[] order = new int[count];
    double[] gain = new double[count];
    for (int t = 0; t < count; t++) {
      int pick = heap.pop();
      double sp = heap.key(pick);
      order[t] = pick;
      gain[t] = sp;
      for (int j = 0; j < g.k(); j++) {
        int nb = g.neighbor(pick, j);
        if (heap.contains(nb)) {
          heap.update(nb, heap.key(nb) - sp * Math.exp(-params.gammaReverse() * g.distance(pick, j)));
        }
      }
    }
    return Selection.greedy(order, gain, Map.of());
  }
}
