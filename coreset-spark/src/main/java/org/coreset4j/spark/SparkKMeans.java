package org.coreset4j.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.util.Seeds;

/**
 * Spherical k-means (Lloyd) over Spark. The first centroids are the K samples with the smallest
 * mix(seed, id) (ties to the smaller id), so they do not depend on the partitioning. Each
 * iteration broadcasts the unit centroids; every partition assigns its rows by GEMM ({@link
 * BlockAssign}) and sums them per cluster in float64; the driver adds the partition sums in
 * partition order and renormalises. A cluster left empty keeps its centroid. It stops when the
 * centroids no longer change (so neither would the assignment) or after {@code --kmeans-iters}.
 * Only the rounding of the float64 sums depends on how the rows are partitioned.
 */
public final class SparkKMeans {
  private SparkKMeans() {}

  /** The centroids (K x D, unit rows) and the iterations run. */
  public record Result(FloatMatrix centroids, int iterations) {}

  /** One partition's cluster sums and counts. */
  private record Sums(double[] sums, long[] counts) implements Serializable {}

  public static Result fit(JavaRDD<Sample> samples, long n, int d, KMeansParams params) {
    MethodOptions.require(params.batchSize() == 0, "kmeans-batch", params.batchSize(),
        "is not supported by spark-select (full-batch Lloyd only)");
    MethodOptions.require(params.init() == KMeansParams.Init.RANDOM, "kmeans-init", "kmeans++",
        "is not supported by spark-select (random init only)");
    int k = params.clustersFor((int) Math.min(Integer.MAX_VALUE, n));
    long seed = params.seed();
    List<Sample> first = samples.takeOrdered(k, (Comparator<Sample> & Serializable) (a, b) -> {
      int c = Long.compare(Seeds.mix(seed, a.id()), Seeds.mix(seed, b.id()));
      return c != 0 ? c : Long.compare(a.id(), b.id());
    });
    float[] c = new float[k * d];
    for (int j = 0; j < k; j++) {
      double[] v = new double[d];
      for (int col = 0; col < d; col++) {
        v[col] = first.get(j).x()[col];
      }
      setUnit(c, j, v);
    }
    int it = 0;
    while (it < params.iterations()) {
      it++;
      float[] next = step(samples, c, k, d);
      boolean same = Arrays.equals(next, c);
      c = next;
      if (same) {
        break;
      }
    }
    return new Result(FloatMatrix.of(c, k, d), it);
  }

  /** One assignment pass with centroids {@code c} and the centroids it leads to. */
  private static float[] step(JavaRDD<Sample> samples, float[] c, int k, int d) {
    Broadcast<float[]> bc = JavaSparkContext.fromSparkContext(samples.context()).broadcast(c);
    List<Sums> parts = samples.mapPartitions(rows -> {
      double[] sums = new double[k * d];
      long[] counts = new long[k];
      BlockAssign.run(rows, bc.value(), k, d, (s, cluster, dot) -> {
        counts[cluster]++;
        int base = cluster * d;
        for (int col = 0; col < d; col++) {
          sums[base + col] += s.x()[col];
        }
      });
      return List.of(new Sums(sums, counts)).iterator();
    }).collect();
    bc.destroy();
    double[] total = new double[k * d];
    long[] counts = new long[k];
    for (Sums p : parts) {
      for (int i = 0; i < total.length; i++) {
        total[i] += p.sums()[i];
      }
      for (int j = 0; j < k; j++) {
        counts[j] += p.counts()[j];
      }
    }
    float[] next = c.clone();
    for (int j = 0; j < k; j++) {
      if (counts[j] > 0) {
        setUnit(next, j, Arrays.copyOfRange(total, j * d, (j + 1) * d));
      }
    }
    return next;
  }

  /** Writes v / ||v|| as row j (a zero vector stays zero), as the single-machine k-means does. */
  private static void setUnit(float[] c, int j, double[] v) {
    System.arraycopy(Vectors.unitFloats(v), 0, c, j * v.length, v.length);
  }
}
