package org.coreset4j.selection.scores;

import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;

/**
 * A method that keeps a window of per-sample scores where the score of sample i depends only on
 * its own rows (features and modalities), on the context's target set and on a statistic that is
 * a sum over all N samples (such as sum_j x_j x_j^T). Scoring any split of the rows, given that
 * sum over all of them, therefore gives every sample the score it has in one run over all N, which
 * is how {@code spark-select} runs these methods ({@link org.coreset4j.selection.Distribution#SCORE}).
 */
public interface SampleScorer extends Selector {
  /** Whether {@link #scores} needs the data-wide sum of {@link #partialStatistic}. */
  default boolean needsStatistic(SelectionContext context) {
    return false;
  }

  /** The statistic summed over {@code features}' rows (only called when {@link #needsStatistic}). */
  default double[] partialStatistic(FloatMatrix features, SelectionContext context) {
    throw new UnsupportedOperationException(name() + " needs no data-wide statistic");
  }

  /**
   * The scores of {@code features}' rows (the context's modalities are those rows too).
   *
   * @param statistic the sum of {@link #partialStatistic} over all samples, or null when not needed
   * @param n the number of samples in the whole data
   */
  double[] scores(FloatMatrix features, SelectionContext context, double[] statistic, long n);

  /** Which part of the scores to keep: the top k unless the method takes a window option. */
  default ScoreWindowParams window() {
    return ScoreWindowParams.DEFAULTS;
  }

  /** The single-machine selection: the window of all N scores; diagnostics {@code score}. */
  @Override
  default Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    double[] statistic = needsStatistic(context) ? partialStatistic(features, context) : null;
    double[] score = scores(features, context, statistic, n);
    return new Selection(window().pick(score, budget.count(n)), Map.of("score", NdArray.of(score)));
  }
}
