package org.coreset4j.selection.scores;

import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Scores;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.Ranking;

/**
 * Keeps a window of a per-sample score file ({@code --scores}: EL2N, perplexity, ...). Scores are
 * sorted ascending with ties by ascending index; {@code bottom} keeps the first k positions,
 * {@code middle} the k positions starting at floor((N - k) / 2), and {@code top} the k largest
 * scores (with ties again to the lower index, so it is the head of the descending order).
 */
public final class ScoreWindowSelector implements Selector {
  private final ScoreWindowParams params;

  public ScoreWindowSelector(ScoreWindowParams params) {
    this.params = params;
  }


  @Override
  public String name() {
    return "score";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    double[] s = Scores.require(context, n, name());
    int k = budget.count(n);
    int[] picked = switch (params.window()) {
      case TOP -> Ranking.top(s, k);
      case BOTTOM -> Arrays.copyOf(Ranking.ascending(s), k);
      case MIDDLE -> {
        int from = (n - k) / 2;
        yield Arrays.copyOfRange(Ranking.ascending(s), from, from + k);
      }
    };
    return Selection.of(picked);
  }
}
