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
import org.coreset4j.util.Ranking;
import org.coreset4j.util.Sampling;
import org.coreset4j.util.Seeds;

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
    double[] density = new double[k];
    double[][] rowSums = new double[k][];
    int[] sizes = new int[k];
    context.progress().start("cluster density", k);
    context.parallel().forChunks(k, 1, (c, from, to) -> {
      sizes[c] = members.size(c);
      rowSums[c] = sizes[c] == 0 ? null : kernelRowSums(features.gather(members.rows(c)));
      density[c] = density(rowSums[c]);
      context.progress().advance(1);
    });
    context.progress().finish();
    double[] transfer = Transferability.of(centroids, params.transferExclude(), context.parallel());
    TemperatureAllocation alloc = allocate(transfer, density, sizes, count);
    double[] centroidCos = params.intra() == CoincideParams.Intra.CENTROID
        ? CentroidCosine.of(features, centroids, assignment, context.parallel()) : null;
    int[][] picks = new int[k][];
    context.progress().start("picks in clusters", k);
    context.parallel().forChunks(k, 1, (c, from, to) -> {
      int[] rows = members.rows(c);
      double[] cos = centroidCos == null ? null : Arrays.stream(rows).mapToDouble(r -> centroidCos[r]).toArray();
      int[] pos = pickInCluster(rows.length == 0 ? null : features.gather(rows), c, (int) alloc.taken()[c],
          rowSums[c], cos, context.seed());
      picks[c] = Arrays.stream(pos).map(p -> rows[p]).toArray();
      context.progress().advance(1);
    });
    context.progress().finish();
    int[] order = Arrays.stream(alloc.visitOrder()).flatMap(c -> Arrays.stream(picks[c])).toArray();
    Map<String, NdArray> d = KMeansResult.diagnostics(assignment, centroids);
    d.put("transferability", NdArray.of(transfer));
    d.put("density", NdArray.of(density));
    d.put("allocation", NdArray.of(alloc.taken()));
    d.put("order", NdArray.indices(order));
    return new Selection(order, d);
  }

  /** Step 3 for one cluster: sum_j k(x_i, x_j) for every row i of the cluster's own matrix. */
  public double[] kernelRowSums(FloatMatrix clusterRows) {
    return new GaussianKernel(params.sigma()).rowSums(clusterRows);
  }

  /** The density D = (sum of the kernel row sums) / n^2 of a cluster; NaN for an empty one (null). */
  public static double density(double[] rowSums) {
    if (rowSums == null || rowSums.length == 0) {
      return Double.NaN;
    }
    double total = 0;
    for (double s : rowSums) {
      total += s;
    }
    return total / ((double) rowSums.length * rowSums.length);
  }

  /** The transferability T of every centroid (step 2). */
  public double[] transferability(FloatMatrix centroids, org.coreset4j.util.Parallel parallel) {
    return Transferability.of(centroids, params.transferExclude(), parallel);
  }

  /** Step 4: scores T / D and the temperature allocation of {@code count} samples over the clusters. */
  public TemperatureAllocation allocate(double[] transfer, double[] density, int[] sizes, int count) {
    double[] scores = new double[sizes.length];
    for (int c = 0; c < sizes.length; c++) {
      scores[c] = transfer[c] / density[c];
    }
    return TemperatureAllocation.allocate(scores, sizes, count, params.temperature());
  }

  /**
   * Step 5 in cluster {@code cluster}: the positions (rows of {@code clusterRows}, whose rows are the
   * cluster's samples in ascending index order) of its {@code take} picks, in pick order; the whole
   * cluster when {@code take} reaches its size. {@code centroidCos} (per row) is needed for intra
   * centroid only; {@code seed} is the run's seed.
   */
  public int[] pickInCluster(FloatMatrix clusterRows, int cluster, int take, double[] rowSums,
      double[] centroidCos, long seed) {
    int n = clusterRows == null ? 0 : clusterRows.rows();
    int[] all = java.util.stream.IntStream.range(0, n).toArray();
    if (take >= n) {
      return all;
    }
    return switch (params.intra()) {
      case MMD -> GreedyMmd.pick(clusterRows, rowSums, take, new GaussianKernel(params.sigma()));
      case RANDOM -> Sampling.withoutReplacement(n, take, Seeds.derive(seed, cluster));
      case CENTROID -> Arrays.copyOf(Ranking.numericSorted(all, centroidCos, true), take);
    };
  }
}
