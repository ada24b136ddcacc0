package org.coreset4j.selection.coincide;

import java.util.Arrays;
import java.util.Map;
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
import org.coreset4j.util.IndexSort;
import org.coreset4j.util.Sampling;

/**
 * COINCIDE (Lee et al. 2024) on the given features, as ALGORITHMS.md fixes it: spherical k-means,
 * cluster transferability T and Gaussian density D, scores T / D, the temperature allocation with
 * spill-over, then greedy MMD^2 (or random, or closest-to-centroid) picks inside each cluster.
 * Empty clusters (possible only with a given assignment) are never visited and get density NaN.
 * Diagnostics: {@code cluster, centroids, transferability, density, allocation, order}; {@code
 * order} lists clusters in visiting order, each in its pick order (whole clusters ascending).
 */
public final class CoincideSelector implements Selector {
  private final CoincideParams params;

  public CoincideSelector(CoincideParams params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "coincide";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int count = budget.count(features.rows());
    KMeansResult km = KMeans.fit(features, params.kmeans().withSeed(context.seed()), context.parallel(),
        context.progress());
    return selectClustered(features, km.assignment(), km.centroids(), count, context);
  }

  /** Steps 2 to 5 on a given clustering: {@code count} samples out of the rows of {@code features}. */
  public Selection selectClustered(FloatMatrix features, int[] assignment, FloatMatrix centroids, int count,
      SelectionContext context) {
    int k = centroids.rows();
    ClusterMembers members = ClusterMembers.of(assignment, k);
    GaussianKernel kernel = new GaussianKernel(params.sigma());
    double[] transfer = Transferability.of(centroids, params.transferExclude(), context.parallel());
    double[] density = new double[k];
    double[][] rowSums = new double[k][];
    context.parallel().forChunks(k, 1, (c, from, to) -> {
      int n = members.size(c);
      if (n == 0) {
        density[c] = Double.NaN;
        return;
      }
      rowSums[c] = kernel.rowSums(features.gather(members.rows(c)));
      double total = 0;
      for (double s : rowSums[c]) {
        total += s;
      }
      density[c] = total / ((double) n * n);
    });
    double[] scores = new double[k];
    int[] sizes = new int[k];
    for (int c = 0; c < k; c++) {
      scores[c] = transfer[c] / density[c];
      sizes[c] = members.size(c);
    }
    TemperatureAllocation alloc = TemperatureAllocation.allocate(scores, sizes, count, params.temperature());
    double[] centroidCos = params.intra() == CoincideParams.Intra.CENTROID
        ? CentroidCosine.of(features, centroids, assignment, context.parallel()) : null;
    int[][] picks = new int[k][];
    context.parallel().forChunks(k, 1, (c, from, to) ->
        picks[c] = pick(features, members.rows(c), (int) alloc.taken()[c], rowSums[c], kernel, centroidCos,
            Sampling.derive(context.seed(), c)));
    int[] order = Arrays.stream(alloc.visitOrder()).flatMap(c -> Arrays.stream(picks[c])).toArray();
    Map<String, NdArray> d = KMeansResult.diagnostics(assignment, centroids);
    d.put("transferability", NdArray.of(transfer));
    d.put("density", NdArray.of(density));
    d.put("allocation", NdArray.of(alloc.taken()));
    d.put("order", NdArray.indices(order));
    return new Selection(order, d);
  }

  private int[] pick(FloatMatrix features, int[] rows, int take, double[] rowSums, GaussianKernel kernel,
      double[] centroidCos, long seed) {
    if (take >= rows.length) {
      return rows;
    }
    return switch (params.intra()) {
      case MMD -> {
        int[] pos = GreedyMmd.pick(features.gather(rows), rowSums, take, kernel);
        yield Arrays.stream(pos).map(p -> rows[p]).toArray();
      }
      case RANDOM -> Sampling.withoutReplacement(rows, take, seed);
      case CENTROID -> Arrays.copyOf(IndexSort.sorted(rows, centroidCos, true), take);
    };
  }
}
