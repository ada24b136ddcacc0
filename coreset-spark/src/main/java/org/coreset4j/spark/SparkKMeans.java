package org.coreset4j.spark;

import java.io.Serializable;
import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.coreset4j.clustering.AssignmentState;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Seeds;

/**
 * Spherical k-means (Lloyd) over Spark. The first centroids are the K samples with the smallest
 * mix(seed, id) (ties to the smaller id), so they do not depend on the partitioning. Each pass
 * broadcasts the unit centroids; every partition assigns its rows by the core's rule (the largest
 * x.c_j in float64, ties to the lowest index, float32 GEMMs only narrowing the candidates: {@link
 * AssignmentState}) and sums them per cluster in float64; the driver adds the partition sums in
 * partition order and renormalises. A cluster left empty keeps its centroid. It stops when the
 * centroids no longer change (so neither would the assignment) or after {@code --kmeans-iters}.
 * Only the rounding of the float64 sums depends on how the rows are partitioned.
 *
 * <p>As on one machine, the passes keep Yinyang group bounds per partition ({@link
 * PartitionStates}), so rows whose centroid provably stays skip the GEMM; the groups are found on
 * the driver from the first centroids. {@code -Dcoreset4j.kmeans=plain} turns them off. The
 * labels are the same either way.
 */
public final class SparkKMeans {
  private static final boolean BOUNDED = !"plain".equals(System.getProperty("coreset4j.kmeans"));

  private SparkKMeans() {}

  /** The centroids (K x D, unit rows), the passes run and the share of inner products each skipped. */
  public record Result(FloatMatrix centroids, int iterations, double[] skipped) {}

  /** One partition's cluster sums and counts, and how many inner products its GEMMs computed. */
  private record Sums(double[] sums, long[] counts, long products) implements Serializable {}

  /** What every partition needs for one pass: the centroids and, after the first, their drift. */
  private record Pass(String run, int pass, float[] centroids, int[] groupOf, double[] drift)
      implements Serializable {}

  public static Result fit(JavaRDD<Sample> samples, long n, int d, KMeansParams params) {
    return fit(samples, n, d, params, BOUNDED);
  }

  static Result fit(JavaRDD<Sample> samples, long n, int d, KMeansParams params, boolean bounded) {
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
    String run = UUID.randomUUID().toString();
    int[] groupOf = null;
    if (bounded) {
      try (Parallel one = new Parallel(1)) {
        groupOf = AssignmentState.groups(FloatMatrix.of(c, k, d), (int) Math.min(Integer.MAX_VALUE, n), one, seed);
      }
    }
    List<Double> skipped = new ArrayList<>();
    double[] drift = null;
    int it = 0;
    try {
      while (it < params.iterations()) {
        Sums total = pass(samples, new Pass(run, it, c, groupOf, drift), k, d);
        skipped.add(1 - total.products() / ((double) n * k));
        it++;
        float[] next = c.clone();
        for (int j = 0; j < k; j++) {
          if (total.counts()[j] > 0) {
            setUnit(next, j, Arrays.copyOfRange(total.sums(), j * d, (j + 1) * d));
          }
        }
        boolean same = Arrays.equals(next, c);
        if (groupOf != null) {
          drift = AssignmentState.drift(FloatMatrix.of(c, k, d), FloatMatrix.of(next, k, d), groupOf);
        }
        c = next;
        if (same) {
          break;
        }
      }
    } finally {
      samples.foreachPartition(rows -> PartitionStates.clear(run));
    }
    return new Result(FloatMatrix.of(c, k, d), it, skipped.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** One assignment pass over all partitions: the sums, counts and products added in partition order. */
  private static Sums pass(JavaRDD<Sample> samples, Pass in, int k, int d) {
    Broadcast<Pass> bc = JavaSparkContext.fromSparkContext(samples.context()).broadcast(in);
    List<Sums> parts = samples.mapPartitionsWithIndex((index, rows) -> {
      List<Sample> list = new ArrayList<>();
      rows.forEachRemaining(list::add);
      return List.of(assign(index, list, bc.value(), k, d)).iterator();
    }, true).collect();
    bc.destroy();
    double[] total = new double[k * d];
    long[] counts = new long[k];
    long products = 0;
    for (Sums p : parts) {
      for (int i = 0; i < total.length; i++) {
        total[i] += p.sums()[i];
      }
      for (int j = 0; j < k; j++) {
        counts[j] += p.counts()[j];
      }
      products += p.products();
    }
    return new Sums(total, counts, products);
  }

  /** One partition's pass, from the state its previous pass left in this JVM when there is one. */
  private static Sums assign(int index, List<Sample> rows, Pass in, int k, int d) {
    long fingerprint = PartitionStates.rows(rows);
    try (Arena arena = Arena.ofConfined(); Parallel one = new Parallel(1)) {
      FloatMatrix x = matrix(arena, rows, d);
      FloatMatrix c = FloatMatrix.allocateNative(arena, k, d);
      c.segment().copyFrom(FloatMatrix.of(in.centroids(), k, d).segment());
      AssignmentState state = in.pass() == 0 ? null : PartitionStates.take(in.run(), index, in.pass() - 1, fingerprint);
      double[] drift = state == null ? null : in.drift();
      if (state == null) {
        state = AssignmentState.of(x, Similarity.COSINE, in.groupOf(), one);
      }
      double[][] sums = new double[k][d];
      long[] counts = new long[k];
      AssignmentState.Pass pass = state.assign(x, c, drift, sums, counts, one);
      PartitionStates.put(in.run(), index, in.pass(), fingerprint, state);
      double[] flat = new double[k * d];
      for (int j = 0; j < k; j++) {
        System.arraycopy(sums[j], 0, flat, j * d, d);
      }
      return new Sums(flat, counts, pass.products());
    }
  }

  /** The rows' features as one native matrix, in their order. */
  static FloatMatrix matrix(Arena arena, List<Sample> rows, int d) {
    FloatMatrix x = FloatMatrix.allocateNative(arena, rows.size(), d);
    for (int i = 0; i < rows.size(); i++) {
      x.setRow(i, rows.get(i).x());
    }
    return x;
  }

  /** Writes v / ||v|| as row j (a zero vector stays zero), as the single-machine k-means does. */
  private static void setUnit(float[] c, int j, double[] v) {
    System.arraycopy(Vectors.unitFloats(v), 0, c, j * v.length, v.length);
  }
}
