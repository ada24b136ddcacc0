package org.coreset4j.selection.dbp;

import java.util.Arrays;
import java.util.Map;
import org.coreset4j.clustering.CentroidCosine;
import org.coreset4j.clustering.ClusterMembers;
import org.coreset4j.clustering.KMeans;
import org.coreset4j.clustering.KMeansResult;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.quota.BoxedQuotas;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Ranking;
import org.coreset4j.util.Sampling;
import org.coreset4j.util.Seeds;

/**
 * Density-based pruning (Abbas et al. 2024, arXiv 2401.04578), as ALGORITHMS.md fixes it.
 *
 * <ol>
 *   <li>The rows are l2-normalised (a zero row is bad input) and clustered by spherical k-means
 *       (K = {@code --clusters}, default ceil(sqrt(N))).
 *   <li>Per sample, the cosine distance to its own centroid, 1 - cos(x_i, c_a(i)), in float64.
 *   <li>Per non-empty cluster c: d_intra = the mean of those distances over its members; d_inter =
 *       the mean cosine distance from its centroid to the l = {@code --neighbors} nearest centroids
 *       of the other non-empty clusters (all of them when there are fewer; 0 when c is the only
 *       non-empty cluster); complexity C_c = d_intra d_inter.
 *   <li>Shares as the authors' code fits them: the x closest to t = k softmax(C / tau) (over the
 *       non-empty clusters) with sum x = k and min(f k / K, n_c - 1) <= x_c <= n_c, f = {@code
 *       --floor} (default 0.5), then integer quotas by largest remainder, ties to the lower cluster
 *       ({@link BoxedQuotas}): they sum to k exactly. Empty clusters get nothing.
 *   <li>Inside cluster c: its q_c members farthest from the centroid (ties to the lower index), or
 *       with {@code --within random} q_c members drawn uniformly with seed {@code
 *       Seeds.derive(seed, c)}.
 * </ol>
 *
 * <p>Diagnostics: {@code cluster}, {@code centroids}, {@code distance} (float64[N]), {@code
 * intra}, {@code inter}, {@code complexity}, {@code share} (float64[K], NaN complexity for empty
 * clusters) and {@code quota} (int64[K]).
 */
public final class DbpSelector implements Selector {
  private final DbpParams params;

  public DbpSelector(DbpParams params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "dbp";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int count = budget.count(features.rows());
    FloatMatrix unit = unitRows(features, context.parallel());
    KMeansResult km = KMeans.fit(unit, params.kmeans().withSeed(context.seed()), context.parallel(),
        context.progress());
    Pruned p = selectClustered(unit, km.assignment(), km.centroids(), count, context.seed(), context.parallel());
    Map<String, NdArray> d = KMeansResult.diagnostics(km.assignment(), km.centroids());
    d.put("distance", NdArray.of(p.distance()));
    d.put("intra", NdArray.of(p.intra()));
    d.put("inter", NdArray.of(p.inter()));
    d.put("complexity", NdArray.of(p.complexity()));
    d.put("share", NdArray.of(p.shares()));
    d.put("quota", NdArray.of(p.quotas()));
    return new Selection(p.indices(), d);
  }

  /**
   * The result of steps 2 to 5.
   *
   * @param indices the kept samples, ascending
   * @param distance 1 - cos(x_i, own centroid) per sample
   * @param intra d_intra per cluster (NaN when empty)
   * @param inter d_inter per cluster (NaN when empty)
   * @param complexity C per cluster (NaN when empty)
   * @param shares real shares of the budget
   * @param quotas integer quotas
   */
  public record Pruned(int[] indices, double[] distance, double[] intra, double[] inter, double[] complexity,
      double[] shares, long[] quotas) {}

  /** Steps 2 to 5 on a given clustering of the unit rows {@code unit}. */
  public Pruned selectClustered(FloatMatrix unit, int[] assignment, FloatMatrix centroids, int count, long seed,
      Parallel parallel) {
    int k = centroids.rows();
    ClusterMembers members = ClusterMembers.of(assignment, k);
    double[] distance = CentroidCosine.of(unit, centroids, assignment, parallel);
    for (int i = 0; i < distance.length; i++) {
      distance[i] = 1.0 - distance[i];
    }
    long[] sizes = new long[k];
    double[] intra = new double[k];
    for (int c = 0; c < k; c++) {
      sizes[c] = members.size(c);
      intra[c] = intra(members.rows(c), distance);
    }
    Quotas quotas = quotas(centroids, sizes, intra, count, parallel);
    long[] q = quotas.alloc().quotas();
    int[][] kept = new int[k][];
    parallel.forChunks(k, 1, (c, from, to) -> kept[c] = keep(members.rows(c), distance, q[c], c, seed));
    int[] indices = Arrays.stream(kept).flatMapToInt(Arrays::stream).sorted().toArray();
    return new Pruned(indices, distance, intra, quotas.inter(), quotas.complexity(), quotas.alloc().shares(), q);
  }

  /** d_intra of a cluster: the mean of {@code distance} over its {@code rows}, added in their order (NaN if none). */
  public static double intra(int[] rows, double[] distance) {
    double s = 0;
    for (int r : rows) {
      s += distance[r];
    }
    return rows.length == 0 ? Double.NaN : s / rows.length;
  }

  /**
   * Step 4.
   *
   * @param inter d_inter per cluster
   * @param complexity C per cluster
   * @param alloc the bounded softmax shares and integer quotas
   */
  public record Quotas(double[] inter, double[] complexity, BoxedQuotas alloc) {}

  /** Step 4 from the centroids, the cluster sizes and their d_intra. */
  public Quotas quotas(FloatMatrix centroids, long[] sizes, double[] intra, int count, Parallel parallel) {
    int k = centroids.rows();
    double[] inter = interDistances(centroids, sizes, params.neighbors(), parallel);
    double[] complexity = new double[k];
    double[] weights = new double[k];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      complexity[c] = intra[c] * inter[c];
      if (sizes[c] > 0) {
        max = Math.max(max, complexity[c] / params.tau());
      }
    }
    double weightSum = 0;
    for (int c = 0; c < k; c++) {
      weights[c] = sizes[c] == 0 ? 0 : Math.exp(complexity[c] / params.tau() - max);
      weightSum += weights[c];
    }
    double[] targets = new double[k];
    double[] lower = new double[k];
    for (int c = 0; c < k; c++) {
      targets[c] = count * weights[c] / weightSum;
      lower[c] = sizes[c] == 0 ? 0 : Math.max(0, Math.min(params.floor() * count / k, sizes[c] - 1.0));
    }
    return new Quotas(inter, complexity, BoxedQuotas.allocate(targets, lower, sizes, count));
  }

  /** Step 5 in cluster {@code c}: {@code quota} of its {@code rows} (ascending), by {@code --within}. */
  public int[] keep(int[] rows, double[] distance, long quota, int c, long seed) {
    int take = (int) quota;
    return take == rows.length ? rows : switch (params.within()) {
      case FARTHEST -> Arrays.copyOf(Ranking.numericSorted(rows, distance, true), take);
      case RANDOM -> Sampling.withoutReplacement(rows, take, Seeds.derive(seed, c));
    };
  }

  /**
   * d_inter of every non-empty cluster: the mean of the {@code neighbors} smallest cosine
   * distances 1 - cos(c, c') over the other non-empty clusters c' (all when fewer), in float64;
   * 0 when there is no other; NaN for an empty cluster.
   */
  static double[] interDistances(FloatMatrix centroids, long[] sizes, int neighbors, Parallel parallel) {
    int k = centroids.rows();
    double[][] c = centroids.toDoubleRows();
    double[] norm = new double[k];
    for (int j = 0; j < k; j++) {
      norm[j] = Math.sqrt(Vectors.sumSquaresF64(centroids, j));
    }
    double[] inter = new double[k];
    parallel.forChunks(k, 16, (chunk, from, to) -> {
      double[] dist = new double[k];
      for (int a = from; a < to; a++) {
        if (sizes[a] == 0) {
          inter[a] = Double.NaN;
          continue;
        }
        int m = 0;
        for (int b = 0; b < k; b++) {
          if (b != a && sizes[b] > 0) {
            double dot = 0;
            for (int col = 0; col < c[a].length; col++) {
              dot += c[a][col] * c[b][col];
            }
            double cos = norm[a] == 0 || norm[b] == 0 ? 0.0 : dot / (norm[a] * norm[b]);
            dist[m++] = 1.0 - cos;
          }
        }
        Arrays.sort(dist, 0, m);
        int l = Math.min(neighbors, m);
        double s = 0;
        for (int i = 0; i < l; i++) {
          s += dist[i];
        }
        inter[a] = l == 0 ? 0.0 : s / l;
      }
    });
    return inter;
  }

  /** The rows scaled to unit l2 norm (float64 norms), in a new matrix; a zero row is bad input. */
  public static FloatMatrix unitRows(FloatMatrix x, Parallel parallel) {
    FloatMatrix out = FloatMatrix.allocate(x.rows(), x.cols());
    parallel.forChunks(x.rows(), 4096, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        double norm = Math.sqrt(Vectors.sumSquaresF64(x, i));
        if (norm == 0) {
          throw new InvalidInputException("feature row " + i + " is zero: dbp cannot l2-normalise it");
        }
        for (int col = 0; col < x.cols(); col++) {
          out.set(i, col, (float) (x.get(i, col) / norm));
        }
      }
    });
    return out;
  }
}
