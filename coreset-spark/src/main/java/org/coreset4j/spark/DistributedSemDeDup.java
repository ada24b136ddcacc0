package org.coreset4j.spark;

import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.semdedup.SemDeDupParams;
import org.coreset4j.selection.semdedup.SemDeDupSelector;
import scala.Tuple2;

/**
 * SemDeDup over Spark on a given clustering: every cluster computes the cosine of its rows to its
 * centroid and their max_sim where its block lives; without {@code --eps} the driver derives the
 * threshold from all max_sim values exactly as {@link SemDeDupSelector#threshold} does; the kept
 * ids are those with max_sim <= t (or NaN). Equal to the single-machine result on the same
 * clustering.
 */
public final class DistributedSemDeDup {
  private DistributedSemDeDup() {}

  /** The kept ids, ascending. */
  public static long[] select(JavaRDD<ClusterBlock> blocks, FloatMatrix centroids, MethodSpec method, int target,
      long seed) {
    int k = centroids.rows();
    int d = centroids.cols();
    Broadcast<float[]> cb = JavaSparkContext.fromSparkContext(blocks.context()).broadcast(centroids.toArray());
    JavaRDD<Tuple2<long[], double[]>> maxSim = blocks.map(b -> {
      double[] cos = b.centroidCosines(FloatMatrix.of(cb.value(), k, d));
      return new Tuple2<>(b.ids(), selector(method).clusterMaxSim(b.matrix(), b.cluster(), cos, seed));
    }).persist(StorageLevel.MEMORY_AND_DISK());
    Double eps = SemDeDupParams.from(method.methodOptions()).eps();
    double t = eps != null ? 1.0 - eps
        : SemDeDupSelector.threshold(maxSim.map(Tuple2::_2).collect().stream().flatMapToDouble(Arrays::stream)
            .toArray(), target);
    long[] kept = maxSim.flatMap(p -> {
      java.util.List<Long> out = new java.util.ArrayList<>();
      for (int i = 0; i < p._1().length; i++) {
        if (!(p._2()[i] > t)) {
          out.add(p._1()[i]);
        }
      }
      return out.iterator();
    }).collect().stream().mapToLong(Long::longValue).sorted().toArray();
    maxSim.unpersist(false);
    return kept;
  }

  private static SemDeDupSelector selector(MethodSpec method) {
    return new SemDeDupSelector(SemDeDupParams.from(method.methodOptions()));
  }
}
