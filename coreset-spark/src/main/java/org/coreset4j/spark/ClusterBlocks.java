package org.coreset4j.spark;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.clustering.AssignmentState;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.util.Parallel;
import scala.Tuple2;

/**
 * Assigns every sample to its unit centroid by the rule of the k-means ({@link SparkKMeans}: the
 * largest inner product in float64, ties to the lower index) and groups the samples by cluster.
 */
public final class ClusterBlocks {
  private ClusterBlocks() {}

  /** (id, cluster) of every sample under {@code centroids}. */
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
    Broadcast<float[]> bc = JavaSparkContext.fromSparkContext(samples.context()).broadcast(centroids.toArray());
    return samples.mapPartitionsToPair(rows -> {
      List<Sample> list = new ArrayList<>();
      rows.forEachRemaining(list::add);
      List<Tuple2<Integer, Sample>> out = new ArrayList<>(list.size());
      try (Arena arena = Arena.ofConfined(); Parallel one = new Parallel(1)) {
        FloatMatrix x = SparkKMeans.matrix(arena, list, d);
        FloatMatrix c = FloatMatrix.allocateNative(arena, k, d);
        c.segment().copyFrom(FloatMatrix.of(bc.value(), k, d).segment());
        AssignmentState state = AssignmentState.of(x, Similarity.COSINE, null, one);
        state.assign(x, c, null, null, null, one);
        for (int i = 0; i < list.size(); i++) {
          out.add(new Tuple2<>(state.labels()[i], list.get(i)));
        }
      }
      return out.iterator();
    });
  }
}
