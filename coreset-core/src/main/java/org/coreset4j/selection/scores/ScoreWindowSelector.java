package org.coreset4j.selection.scores;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Scores;
import org.coreset4j.selection.SelectionContext;

/**
 * Keeps a window of a per-sample score file ({@code --scores}: EL2N, perplexity, ...). Scores are
 * sorted ascending with ties by ascending index; {@code bottom} keeps the first k positions,
 * {@code middle} the k positions starting at floor((N - k) / 2), and {@code top} the k largest
 * scores (with ties again to the lower index, so it is the head of the descending order); see
 * {@link ScoreWindowParams#pick}.
 */
public final class ScoreWindowSelector implements SampleScorer {
  private final ScoreWindowParams params;

  public ScoreWindowSelector(ScoreWindowParams params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "score";
  }

  /** The given scores of these rows ({@code --scores}, one finite value per row). */
  @Override
  public double[] scores(FloatMatrix features, SelectionContext context, double[] statistic, long n) {
    return Scores.require(context, features.rows(), name()).clone();
  }

  @Override
  public ScoreWindowParams window() {
    return params;
  }
}
