package org.coreset4j.selection.semdedup;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.coreset4j.clustering.CentroidCosine;
import org.coreset4j.clustering.ClusterMembers;
import org.coreset4j.clustering.KMeans;
import org.coreset4j.clustering.KMeansResult;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;

/**
 * SemDeDup (Abbas et al. 2023): spherical k-means, then inside each cluster sample j is removed
 * when max_sim_j = max over i walked before j of cos(x_i, x_j) exceeds 1 - eps (see {@link
 * EarlierSimilarity}; i ranges over all earlier samples, removed or not, so max_sim does not
 * depend on eps). With {@code --eps} the budget is not used. Without it, eps is derived from the
 * budget R exactly, with no search: the kept set for threshold t = 1 - eps is {j : max_sim_j <= t}
 * plus every cluster's first sample, and t is the value in (0, 1) (one of the max_sim values, or
 * just above 0) whose kept count is nearest R, ties to the smaller count. Diagnostics: {@code
 * cluster, centroids, removed, max_sim}.
 */
public final class SemDeDupSelector implements Selector {
  private final SemDeDupParams params;

  public SemDeDupSelector(SemDeDupParams params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "semdedup";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int target = params.eps() == null ? budget.count(features.rows()) : -1;
    KMeansResult km = KMeans.fit(features, params.kmeans().withSeed(context.seed()), context.parallel(),
        context.progress());
    return selectClustered(features, km.assignment(), km.centroids(), target, context);
  }

  /** The dedup on a given clustering; {@code target} is the budget's count (unused with --eps). */
  public Selection selectClustered(FloatMatrix features, int[] assignment, FloatMatrix centroids, int target,
      SelectionContext context) {
    int n = features.rows();
    double[] cos = CentroidCosine.of(features, centroids, assignment, context.parallel());
    double[] maxSim = EarlierSimilarity.of(features, ClusterMembers.of(assignment, centroids.rows()), cos,
        params.keep(), context.seed(), context.parallel());
    double t = params.eps() != null ? 1.0 - params.eps() : threshold(maxSim, target);
    boolean[] removed = new boolean[n];
    for (int i = 0; i < n; i++) {
      removed[i] = maxSim[i] > t;
    }
    Map<String, NdArray> d = KMeansResult.diagnostics(assignment, centroids);
    d.put("removed", NdArray.of(removed));
    d.put("max_sim", NdArray.of(maxSim));
    return new Selection(IntStream.range(0, n).filter(i -> !removed[i]).toArray(), d);
  }

  /**
   * max_sim of every sample of one cluster: {@code clusterRows} holds cluster {@code cluster}'s
   * samples in ascending index order and {@code centroidCos} their cosines to its centroid, by row.
   */
  public double[] clusterMaxSim(FloatMatrix clusterRows, int cluster, double[] centroidCos, long seed) {
    int[] rows = IntStream.range(0, clusterRows.rows()).toArray();
    return EarlierSimilarity.ofCluster(clusterRows, rows, cluster, centroidCos, params.keep(), seed);
  }

  /** The threshold t in (0, 1) whose kept count (NaN or max_sim <= t) is nearest {@code target}. */
  public static double threshold(double[] maxSim, int target) {
    double[] finite = Arrays.stream(maxSim).filter(v -> !Double.isNaN(v)).sorted().toArray();
    int firsts = maxSim.length - finite.length;
    int i = 0;
    while (i < finite.length && finite[i] <= 0) {
      i++;
    }
    double smallestPositive = i < finite.length && finite[i] < 1 ? finite[i] : 1.0;
    double best = smallestPositive / 2;
    long bestGap = Math.abs((long) firsts + i - target);
    while (i < finite.length && finite[i] < 1) {
      double v = finite[i];
      while (i < finite.length && finite[i] == v) {
        i++;
      }
      long gap = Math.abs((long) firsts + i - target);
      if (gap < bestGap) {
        bestGap = gap;
        best = v;
      }
    }
    return best;
  }
}
