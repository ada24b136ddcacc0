package org.coreset4j.selection.herding;

import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.ChunkArgmax;
import org.coreset4j.util.Parallel;

/**
 * Herding (Welling 2009; iCaRL's exemplar selection): step t = 1..k adds the unchosen x minimising
 * ||t mu - (s + x)|| with mu the mean of all rows and s the sum of the chosen rows, ties to the
 * lowest index. (DeepCore takes the argmax here; that is a defect.) With r = t mu - s the
 * criterion is ||x||^2 - 2 r.x, so each step is one O(N D) pass in float64.
 *
 * <p>Diagnostics: {@code order} and {@code gain}: the residual ||t mu - s_t|| after step t.
 */
public final class HerdingSelector implements Selector {
  private static final int CHUNK = 2048;

  @Override
  public String name() {
    return "herding";
  }

  @Override
  public Selection select(FloatMatrix x, Budget budget, SelectionContext context) {
    int n = x.rows();
    int d = x.cols();
    int k = budget.count(n);
    Parallel parallel = context.parallel();
    double[] mean = x.columnMeans(CHUNK, parallel);
    double[] sumSquares = new double[n];
    parallel.forChunks(n, CHUNK, (c, from, to) -> {
      for (int i = from; i < to; i++) {
        sumSquares[i] = Vectors.sumSquaresF64(x, i);
      }
    });
    boolean[] chosen = new boolean[n];
    double[] chosenSum = new double[d];
    double[] residual = new double[d];
    int[] order = new int[k];
    double[] gains = new double[k];
    context.progress().start("herding", k);
    for (int t = 1; t <= k; t++) {
      for (int c = 0; c < d; c++) {
        residual[c] = t * mean[c] - chosenSum[c];
      }
      int pick = ChunkArgmax.argmax(parallel, n, CHUNK, i -> !chosen[i],
          i -> 2.0 * Vectors.dotF64(x, i, residual) - sumSquares[i]);
      chosen[pick] = true;
      Vectors.axpyF64(1.0, x, pick, chosenSum);
      order[t - 1] = pick;
      double norm = 0;
      for (int c = 0; c < d; c++) {
        double e = t * mean[c] - chosenSum[c];
        norm += e * e;
      }
      gains[t - 1] = Math.sqrt(norm);
      context.progress().advance(1);
    }
    context.progress().finish();
    return Selection.greedy(order, gains, Map.of());
  }
}
