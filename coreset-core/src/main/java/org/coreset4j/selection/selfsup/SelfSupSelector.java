package org.coreset4j.selection.selfsup;

import java.util.Arrays;
import java.util.Map;
import org.coreset4j.clustering.CentroidCosine;
import org.coreset4j.clustering.KMeans;
import org.coreset4j.clustering.KMeansResult;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Ranking;

/**
 * Self-supervised prototype metric (Sorscher et al. 2022): spherical k-means, score = cosine
 * distance 1 - cos(x, own centroid); keep the R highest scores (hard) or lowest (easy), ties to
 * the lower index. Diagnostics: {@code cluster, centroids, score}.
 */
public final class SelfSupSelector implements Selector {
  private final SelfSupParams params;

  public SelfSupSelector(SelfSupParams params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "selfsup";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int count = budget.count(features.rows());
    KMeansResult km = KMeans.fit(features, params.kmeans().withSeed(context.seed()), context.parallel(),
        context.progress());
    double[] score = scores(features, km.centroids(), km.assignment(), context.parallel());
    int[] picked = keep(score, count, params.keepHard());
    Map<String, NdArray> d = KMeansResult.diagnostics(km.assignment(), km.centroids());
    d.put("score", NdArray.of(score));
    return new Selection(picked, d);
  }

  /** The score 1 - cos(x_i, own centroid) of every row, in float64. */
  public static double[] scores(FloatMatrix x, FloatMatrix centroids, int[] assignment, Parallel parallel) {
    double[] score = CentroidCosine.of(x, centroids, assignment, parallel);
    for (int i = 0; i < score.length; i++) {
      score[i] = 1.0 - score[i];
    }
    return score;
  }

  /** The {@code count} highest scores ({@code hard}) or lowest, ties to the lower index. */
  public static int[] keep(double[] score, int count, boolean hard) {
    return Arrays.copyOf(Ranking.numericOrder(score, hard), count);
  }
}
