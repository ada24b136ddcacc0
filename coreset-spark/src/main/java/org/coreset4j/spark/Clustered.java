package org.coreset4j.spark;

import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.provenance.StageTimes;
import org.coreset4j.selection.balance.BalanceParams;
import org.coreset4j.selection.coincide.CoincideParams;
import org.coreset4j.selection.dbp.DbpParams;
import org.coreset4j.selection.selfsup.SelfSupParams;
import org.coreset4j.selection.semdedup.SemDeDupParams;

/**
 * The methods distributed as k-means then per cluster ({@code Distribution.CLUSTERED}): spherical
 * k-means over Spark ({@link SparkKMeans}) on the samples (dbp: on their unit rows, as it clusters
 * them), the rows grouped by cluster ({@link ClusterBlocks}), then the method's per-cluster step.
 */
final class Clustered {
  private Clustered() {}

  /** The per-cluster step of one method on the grouped rows. */
  private interface Step {
    long[] select(JavaRDD<ClusterBlock> blocks, FloatMatrix centroids, int k);
  }

  /** A method's k-means parameters, whether it clusters unit rows, and its per-cluster step. */
  private record Method(KMeansParams kmeans, boolean unitRows, Step step) {
    static Method of(MethodSpec m, long seed, long n) {
      MethodOptions o = m.methodOptions();
      return switch (m.method()) {
        case "coincide" -> new Method(CoincideParams.from(o).kmeans(), false,
            (b, c, k) -> DistributedCoincide.select(b, c, m, k, seed));
        case "semdedup" -> new Method(SemDeDupParams.from(o).kmeans(), false,
            (b, c, k) -> DistributedSemDeDup.select(b, c, m, SemDeDupParams.from(o).eps() == null ? k : -1, seed));
        case "balance" -> new Method(BalanceParams.from(o).kmeans(), false,
            (b, c, k) -> DistributedBalance.select(b, c.rows(), k, seed));
        case "dbp" -> new Method(DbpParams.from(o).kmeans(), true,
            (b, c, k) -> DistributedDbp.select(b, c, m, k, seed));
        case "selfsup" -> new Method(SelfSupParams.from(o).kmeans(), false,
            (b, c, k) -> DistributedSelfSup.select(b, c, SelfSupParams.from(o).keepHard(), k, n));
        default -> throw new IllegalStateException(m.method() + " is not a clustered method");
      };
    }
  }

  static long[] select(JavaRDD<Sample> samples, long n, int dims, SparkRequest r, int k, Map<String, Object> derived,
      StageTimes times) {
    long seed = r.seed();
    Method method = Method.of(r.method(), seed, n);
    KMeansParams kmeans = method.kmeans();
    JavaRDD<Sample> rows = method.unitRows() ? DistributedDbp.unitRows(samples) : samples;
    try {
      SparkKMeans.Result km = times.time("k-means", () -> SparkKMeans.fit(rows, n, dims, kmeans.withSeed(seed)));
      derived.put("clusters", km.centroids().rows());
      derived.put("kmeans_iterations", km.iterations());
      JavaRDD<ClusterBlock> blocks = times.time("group clusters", () -> {
        JavaRDD<ClusterBlock> b = ClusterBlocks.of(rows, km.centroids(), rows.getNumPartitions());
        b.count();
        return b;
      });
      try {
        return method.step().select(blocks, km.centroids(), k);
      } finally {
        blocks.unpersist(false);
      }
    } finally {
      if (rows != samples) {
        rows.unpersist(false);
      }
    }
  }
}
