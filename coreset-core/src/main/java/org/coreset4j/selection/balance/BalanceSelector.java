package org.coreset4j.selection.balance;

import java.util.Arrays;
import java.util.Map;
import org.coreset4j.clustering.ClusterMembers;
import org.coreset4j.clustering.KMeans;
import org.coreset4j.clustering.KMeansResult;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.quota.CappedQuotas;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Ranking;
import org.coreset4j.util.Seeds;

/**
 * MetaCLIP-style concept balancing (Xu et al. 2024, "Demystifying CLIP Data") with k-means
 * clusters as the concepts and the budget k met exactly.
 *
 * <ol>
 *   <li>Spherical k-means on the features (K = {@code --clusters}, default ceil(sqrt(N))); n_c is
 *       the size of cluster c.
 *   <li>The cap t solves sum_c min(n_c, t) = k (t may be fractional; it exists for every k &lt;= N
 *       since the sum grows continuously from 0 to N as t goes from 0 to max n_c). It is found by
 *       water-filling ({@link CappedQuotas} with equal weights): clusters smaller than the level are
 *       taken whole and the rest of the budget is split evenly over the others, t = (k - sum of the
 *       whole clusters) / (number of the others).
 *   <li>Quotas: q_c = min(n_c, t) rounded by largest remainder so that sum_c q_c = k; the clusters
 *       above t all have the same fractional part, so the extra samples go to the lowest-indexed
 *       of them.
 *   <li>Draws: u_i, one uniform [0, 1) per sample from a hash of its index, the top 53 bits of
 *       {@code Seeds.mix(Seeds.derive(seed, DRAW_STREAM), i)} times 2^-53 ({@link #draw}), which
 *       is the (i + 1)-th {@code nextDouble} of a {@link java.util.SplittableRandom} seeded with
 *       {@code Seeds.derive(seed, DRAW_STREAM)}, computed directly, so neither the thread count nor,
 *       on Spark, where the other samples are can change them.
 *       Cluster c keeps its q_c members with the smallest u_i (ties to the lower index): a
 *       uniformly random q_c-subset of the cluster.
 * </ol>
 *
 * <p><b>Relation to MetaCLIP.</b> MetaCLIP keeps each sample of a concept with n_c entries
 * independently with probability min(1, t / n_c), i.e. keeps sample i iff u_i &lt; t / n_c. Its
 * expected count per concept is min(n_c, t), the same as here, but the realised counts are
 * binomial and the total only approximately k. Here the count of every cluster is fixed to its
 * rounded expectation q_c and the kept members are the q_c smallest u_i: the same uniforms, with
 * the q_c-th smallest of them as the threshold instead of t / n_c. Each member of c is kept with
 * probability q_c / n_c, which differs from min(1, t / n_c) by less than 1 / n_c, and the total is
 * exactly k. MetaCLIP matches one sample to several concepts; k-means gives each sample one.
 *
 * <p>Diagnostics: {@code cluster}, {@code centroids}, {@code draw} (u, float64[N]), {@code quota}
 * (int64[K]) and {@code cap} (t, float64[1]; max n_c when every cluster is taken whole).
 */
public final class BalanceSelector implements Selector {
  /** The stream of {@link Seeds#derive} that keys the per-sample uniforms. */
  public static final long DRAW_STREAM = 0x6261L;

  private final BalanceParams params;

  public BalanceSelector(BalanceParams params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "balance";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int count = budget.count(features.rows());
    KMeansResult km = KMeans.fit(features, params.kmeans().withSeed(context.seed()), context.parallel(),
        context.progress());
    Map<String, NdArray> d = KMeansResult.diagnostics(km.assignment(), km.centroids());
    Balanced b = selectClustered(km.assignment(), km.clusters(), count, context.seed(), context.ids(),
        context.parallel());
    d.put("draw", NdArray.of(b.draws()));
    d.put("quota", NdArray.of(b.quotas()));
    d.put("cap", NdArray.of(new double[] {b.cap()}));
    return new Selection(b.indices(), d);
  }

  /**
   * The result of steps 2 to 4.
   *
   * @param indices the kept samples, ascending
   * @param quotas q_c of every cluster
   * @param cap t
   * @param draws u_i of every sample
   */
  public record Balanced(int[] indices, long[] quotas, double cap, double[] draws) {}

  /** Steps 2 to 4 on a given clustering ({@code assignment} in [0, clusters)), draws keyed by index. */
  public static Balanced selectClustered(int[] assignment, int clusters, int count, long seed, Parallel parallel) {
    return selectClustered(assignment, clusters, count, seed, null, parallel);
  }

  /** As above, the draws keyed by the samples' int64 ids ({@code ids}; null: their indices). */
  public static Balanced selectClustered(int[] assignment, int clusters, int count, long seed, long[] ids,
      Parallel parallel) {
    ClusterMembers members = ClusterMembers.of(assignment, clusters);
    long[] sizes = new long[clusters];
    for (int c = 0; c < clusters; c++) {
      sizes[c] = members.size(c);
    }
    CappedQuotas alloc = quotas(sizes, count);
    double[] u = draws(assignment.length, ids, seed);
    long[] q = alloc.quotas();
    int[][] kept = new int[clusters][];
    parallel.forChunks(clusters, 1, (c, from, to) -> kept[c] = keep(members.rows(c), u, q[c]));
    int[] indices = Arrays.stream(kept).flatMapToInt(Arrays::stream).sorted().toArray();
    return new Balanced(indices, q, cap(alloc, sizes), u);
  }

  /** Steps 2 and 3: the water-filling quotas of clusters of {@code sizes} for {@code count} samples. */
  public static CappedQuotas quotas(long[] sizes, int count) {
    return CappedQuotas.allocate(new double[sizes.length], sizes, count);
  }

  /** The cap t of {@code alloc}, or max n_c when every cluster is taken whole. */
  public static double cap(CappedQuotas alloc, long[] sizes) {
    return Double.isNaN(alloc.level()) ? Arrays.stream(sizes).max().orElse(0) : alloc.level();
  }

  /** Step 4 in one cluster: its {@code quota} {@code rows} with the smallest u (ties to the earlier row). */
  public static int[] keep(int[] rows, double[] u, long quota) {
    return quota == rows.length ? rows : Arrays.copyOf(Ranking.numericSorted(rows, u, false), (int) quota);
  }

  /** u_0, ..., u_{n-1}: {@link #draw} of every sample's int64 id ({@code ids}), or of its index when null. */
  public static double[] draws(int n, long[] ids, long seed) {
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = draw(seed, ids == null ? i : ids[i]);
    }
    return u;
  }

  /** u of the sample with int64 id (or index) {@code id}, uniform in [0, 1); Spark keys it by id too. */
  public static double draw(long seed, long id) {
    return (Seeds.mix(Seeds.derive(seed, DRAW_STREAM), id) >>> 11) * 0x1.0p-53;
  }
}
