package org.coreset4j.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.reduction.ExactPca;
import org.coreset4j.reduction.Pca;
import org.coreset4j.reduction.Reducer;
import org.coreset4j.reduction.Reducers;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * {@code --reduce pca:D} over Spark, the exact PCA of {@code coreset select} ({@link ExactPca}): the
 * column means from the partitions' float64 sums, the D x D scatter about them summed by every
 * partition with the core's block GEMMs and added by {@code treeReduce}, the components solved on
 * the driver by the core's eigensolver, and every partition projecting its rows with the core's
 * code. The sums are added in another order than on one machine, so features can differ in their
 * last bits. The scatter is D x D float64 per task and on the driver, so D is capped at
 * {@link #MAX_DIMS}; above 2,048 dims {@code coreset select} would switch to randomized PCA.
 */
public final class SparkPca {
  /** The widest input reduced here (a 128 MiB scatter). */
  static final int MAX_DIMS = 4096;

  private SparkPca() {}

  /** Checks {@code spec}: none (null) or pca:D, the only reducer spark-select runs. */
  public static Pca parse(String spec) {
    Reducer r = Reducers.parse(spec);
    if (r != null && !(r instanceof Pca)) {
      throw new InvalidInputException("--reduce " + spec + " is not available in spark-select; use none or pca:D");
    }
    return (Pca) r;
  }

  /** The samples with their features replaced by their first D principal component scores. */
  public static SparkFeatures.Fused reduce(SparkFeatures.Fused f, Pca pca, Map<String, Object> derived) {
    int d = f.dims();
    int k = pca.components();
    if (k > d || k > f.count()) {
      throw new InvalidInputException("--reduce pca:" + k + " asks for " + k + " dimensions but the features have "
          + d + " and there are " + f.count() + " rows");
    }
    if (d > MAX_DIMS) {
      throw new InvalidInputException("--reduce pca:" + k + ": spark-select reduces at most " + MAX_DIMS
          + " feature dims exactly, but the features have " + d);
    }
    JavaRDD<Sample> samples = f.samples();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(samples.context());
    double[] mu = samples.mapPartitions(it -> {
      double[] s = new double[d];
      it.forEachRemaining(x -> {
        for (int j = 0; j < d; j++) {
          s[j] += x.x()[j];
        }
      });
      return List.of(s).iterator();
    }).treeReduce(SparkPca::add);
    for (int j = 0; j < d; j++) {
      mu[j] /= f.count();
    }
    double[] scatter = samples.mapPartitions(it -> {
      double[] s = new double[d * d];
      try (Parallel one = new Parallel(1)) {
        for (Iterator<SampleBlock> b = SampleBlock.chunks(it, List.of(), SparkScores.BLOCK); b.hasNext(); ) {
          ExactPca.addScatter(b.next().features(), mu, s, one, Progress.NONE);
        }
      }
      return List.of(s).iterator();
    }).treeReduce(SparkPca::add);
    ExactPca.Components c = ExactPca.components(scatter, d, k, f.count());
    double total = 0;
    for (int j = 0; j < d; j++) {
      total += scatter[j * d + j];
    }
    derived.put("reduction", "pca:" + k + " (exact, distributed covariance)");
    derived.put("explained_variance_ratio", Arrays.stream(c.explained()).sum() * (f.count() - 1) / total);
    Broadcast<ExactPca.Components> bc = sc.broadcast(c);
    JavaRDD<Sample> reduced = samples.mapPartitions(it -> {
      List<Sample> out = new ArrayList<>();
      List<Sample> block = new ArrayList<>(SparkScores.BLOCK);
      while (it.hasNext()) {
        block.add(it.next());
        if (block.size() == SparkScores.BLOCK || !it.hasNext()) {
          out.addAll(project(block, mu, bc.value()));
          block.clear();
        }
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    reduced.count();
    f.release();
    bc.unpersist(false);
    return new SparkFeatures.Fused(reduced, f.count(), k, f.rows(), f.reader());
  }

  /** The rows with their features replaced by their scores (x - mu) V. */
  private static List<Sample> project(List<Sample> rows, double[] mu, ExactPca.Components c) {
    List<Sample> out = new ArrayList<>(rows.size());
    try (Parallel one = new Parallel(1)) {
      FloatMatrix x = FloatMatrix.of(rows.stream().map(Sample::x).toArray(float[][]::new));
      FloatMatrix scores = ExactPca.project(x, mu, c, one, Progress.NONE);
      for (int i = 0; i < rows.size(); i++) {
        Sample s = rows.get(i);
        out.add(new Sample(s.id(), scores.row(i), s.modalities(), s.score(), s.events()));
      }
    }
    return out;
  }

  private static double[] add(double[] a, double[] b) {
    for (int j = 0; j < a.length; j++) {
      a[j] += b[j];
    }
    return a;
  }
}
