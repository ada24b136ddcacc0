package org.coreset4j.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.data.FloatMatrix;
import scala.Tuple2;

/** Assigns every sample to its nearest unit centroid and groups the samples by cluster. */
public final class ClusterBlocks {
  private ClusterBlocks() {}

  /** (id, cluster) of every sample under {@code centroids} (largest inner product, ties to the lower). */
  public static JavaPairRDD<Long, Integer> assignment(JavaRDD<Sample> samples, FloatMatrix centroids) {
    return assigned(samples, centroids).mapToPair(t -> new Tuple2<>(t._2().id(), t._1()));
  }

  /** One block per non-empty cluster, persisted; {@code partitions} of them. */
  public static JavaRDD<ClusterBlock> of(JavaRDD<Sample> samples, FloatMatrix centroids, int partitions) {
    return assigned(samples, centroids).groupByKey(partitions)
        .map(t -> ClusterBlock.of(t._1(), t._2()))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static JavaPairRDD<Integer, Sample> assigned(JavaRDD<Sample> samples, FloatMatrix centroids) {
    int k = centroids.rows();
    int d = centroids.cols();
    float[] c = centroids.toArray();
    Broadcast<float[]> bc = JavaSparkContext.fromSparkContext(samples.context()).broadcast(c);
    return samples.mapPartitionsToPair(rows -> {
      List<Tuple2<Integer, Sample>> out = new ArrayList<>();
      BlockAssign.run(rows, bc.value(), k, d, (s, cluster, dot) -> out.add(new Tuple2<>(cluster, s)));
      return out.iterator();
    });
  }
}
