package org.coreset4j.spark;

import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.dbp.DbpParams;
import org.coreset4j.selection.dbp.DbpSelector;
import org.coreset4j.util.Parallel;
import scala.Tuple2;

/**
 * Density-based pruning over Spark, steps 2 to 5 of {@link DbpSelector} on a given clustering of
 * the unit rows: every cluster computes its members' distances 1 - cos(x, centroid) and its
 * d_intra where its block lives, the driver computes d_inter from the centroids and the bounded
 * softmax quotas ({@link DbpSelector#quotas}), and every cluster keeps its quota by
 * {@code --within}. The result is the single-machine result on the same clustering.
 */
public final class DistributedDbp {
  private DistributedDbp() {}

  /** The kept ids, ascending. */
  public static long[] select(JavaRDD<ClusterBlock> blocks, FloatMatrix centroids, MethodSpec method, int count,
      long seed) {
    int k = centroids.rows();
    int d = centroids.cols();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(blocks.context());
    Broadcast<float[]> cb = sc.broadcast(centroids.toArray());
    JavaRDD<Tuple2<ClusterBlock, double[]>> withDistance = blocks.map(b -> {
      double[] distance = b.centroidCosines(FloatMatrix.of(cb.value(), k, d));
      for (int i = 0; i < distance.length; i++) {
        distance[i] = 1.0 - distance[i];
      }
      return new Tuple2<>(b, distance);
    }).persist(StorageLevel.MEMORY_AND_DISK());
    long[] sizes = new long[k];
    double[] intra = new double[k];
    Arrays.fill(intra, Double.NaN);
    withDistance.map(t -> new double[] {t._1().cluster(), t._1().size(), DbpSelector.intra(t._1().positions(), t._2())})
        .collect().forEach(s -> {
          sizes[(int) s[0]] = (long) s[1];
          intra[(int) s[0]] = s[2];
        });
    long[] q;
    try (Parallel parallel = new Parallel(Math.max(1, Runtime.getRuntime().availableProcessors()))) {
      q = selector(method).quotas(centroids, sizes, intra, count, parallel).alloc().quotas();
    }
    Broadcast<long[]> quotas = sc.broadcast(q);
    try {
      return withDistance.flatMap(t -> {
        ClusterBlock b = t._1();
        int c = b.cluster();
        long[] kept = b.idsAt(selector(method).keep(b.positions(), t._2(), quotas.value()[c], c, seed));
        return Arrays.stream(kept).boxed().iterator();
      }).collect().stream().mapToLong(Long::longValue).sorted().toArray();
    } finally {
      withDistance.unpersist(false);
      quotas.destroy();
      cb.destroy();
    }
  }

  /** The unit rows the method clusters ({@link DbpSelector#unitRows}), persisted. */
  public static JavaRDD<Sample> unitRows(JavaRDD<Sample> samples) {
    return samples.mapPartitions(rows -> {
      java.util.List<Sample> out = new java.util.ArrayList<>();
      try (Parallel one = new Parallel(1)) {
        for (var it = SampleBlock.chunks(rows, java.util.List.of(), SparkScores.BLOCK); it.hasNext(); ) {
          SampleBlock b = it.next();
          FloatMatrix unit = RowIds.naming(b.ids(), () -> DbpSelector.unitRows(b.features(), one));
          for (int i = 0; i < b.ids().length; i++) {
            out.add(new Sample(b.ids()[i], unit.row(i)));
          }
        }
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
  }

  static DbpSelector selector(MethodSpec method) {
    return new DbpSelector(DbpParams.from(method.methodOptions()));
  }
}
