package org.coreset4j.spark;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.coincide.CoincideParams;
import org.coreset4j.selection.coincide.CoincideSelector;
import org.coreset4j.selection.coincide.TemperatureAllocation;
import org.coreset4j.util.Parallel;
import scala.Tuple2;

/**
 * COINCIDE over Spark, steps 2 to 5 on a given clustering exactly as {@link
 * CoincideSelector#selectClustered}: every cluster's kernel row sums and density are computed
 * where its block lives, the driver computes transferability and the temperature allocation, then
 * every cluster makes its picks in parallel. The result is the single-machine result on the same
 * clustering.
 */
public final class DistributedCoincide {
  private DistributedCoincide() {}

  /** The selected ids in COINCIDE's order (clusters in visiting order, each in pick order). */
  public static long[] select(JavaRDD<ClusterBlock> blocks, FloatMatrix centroids, MethodSpec method, int count,
      long seed) {
    int k = centroids.rows();
    JavaRDD<Tuple2<ClusterBlock, double[]>> withSums = blocks
        .map(b -> new Tuple2<>(b, selector(method).kernelRowSums(b.matrix())))
        .persist(StorageLevel.MEMORY_AND_DISK());
    double[] density = new double[k];
    Arrays.fill(density, Double.NaN);
    int[] sizes = new int[k];
    for (Tuple2<Integer, double[]> t : withSums.map(t -> new Tuple2<>(t._1().cluster(),
        new double[] {t._1().size(), CoincideSelector.density(t._2())})).collect()) {
      sizes[t._1()] = (int) t._2()[0];
      density[t._1()] = t._2()[1];
    }
    CoincideSelector selector = selector(method);
    double[] transfer;
    try (Parallel parallel = new Parallel(Math.max(1, Runtime.getRuntime().availableProcessors()))) {
      transfer = selector.transferability(centroids, parallel);
    }
    TemperatureAllocation alloc = selector.allocate(transfer, density, sizes, count);
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(blocks.context());
    Broadcast<long[]> taken = sc.broadcast(alloc.taken());
    boolean centroid = CoincideParams.from(method.methodOptions()).intra() == CoincideParams.Intra.CENTROID;
    Broadcast<float[]> cb = sc.broadcast(centroid ? centroids.toArray() : new float[0]);
    int d = centroids.cols();
    List<Tuple2<Integer, long[]>> picks = withSums.map(t -> {
      ClusterBlock b = t._1();
      FloatMatrix m = b.matrix();
      double[] cos = centroid ? b.centroidCosines(FloatMatrix.of(cb.value(), k, d)) : null;
      int[] pos = selector(method).pickInCluster(m, b.cluster(), (int) taken.value()[b.cluster()], t._2(), cos,
          seed);
      return new Tuple2<>(b.cluster(), b.idsAt(pos));
    }).collect();
    withSums.unpersist(false);
    Map<Integer, long[]> byCluster = new HashMap<>();
    picks.forEach(t -> byCluster.put(t._1(), t._2()));
    return Arrays.stream(alloc.visitOrder()).mapToObj(byCluster::get).flatMapToLong(Arrays::stream).toArray();
  }

  static CoincideSelector selector(MethodSpec method) {
    return new CoincideSelector(CoincideParams.from(method.methodOptions()));
  }
}
