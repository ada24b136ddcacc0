package org.coreset4j.spark;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.provenance.Manifest;
import org.coreset4j.provenance.PeakMemory;
import org.coreset4j.provenance.StageTimes;
import org.coreset4j.reduction.Pca;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selectors;

/**
 * The front door of distributed selection: validates and fuses the input ({@link SparkFeatures})
 * and runs one of {@link #methods()} over Spark.
 *
 * <pre>{@code
 * SparkResult r = SparkCoresets.select(spark.read().parquet("emb.parquet"),
 *     SparkRequest.of("id", List.of("image", "text"), "coincide", MethodOptions.of("clusters", "1000"),
 *         Budget.fraction(0.1), 0));
 * long[] keep = r.ids();
 * }</pre>
 */
public final class SparkCoresets {
  private SparkCoresets() {}

  /** The methods that run distributed: those whose descriptor says how. */
  public static List<MethodDescriptor> methods() {
    return Selectors.descriptors().stream().filter(d -> d.distribution() != Distribution.NONE).toList();
  }

  /** Their names, for {@code completionCandidates} of {@code --method}. */
  public static final class DistributedMethods implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return methods().stream().map(MethodDescriptor::name).iterator();
    }
  }

  public static SparkResult select(Dataset<Row> data, SparkRequest request) {
    return select(data, request, "the input");
  }

  /** As {@link #select(Dataset, SparkRequest)}; {@code inputName} names the input in messages. */
  public static SparkResult select(Dataset<Row> data, SparkRequest request, String inputName) {
    String method = request.method().method();
    if (Selectors.descriptor(method).distribution() == Distribution.NONE) {
      throw new InvalidInputException("--method " + method + " is not available in spark-select; use one of "
          + String.join("|", methods().stream().map(MethodDescriptor::name).toList()));
    }
    request.method().selector();
    SideInputs.checkColumns(request);
    Pca pca = SparkPca.parse(request.reduce());
    StageTimes times = new StageTimes();
    SparkFeatures.Fused fused = times.time("read and check", () -> SparkFeatures.of(data, request, inputName));
    Map<String, Object> derived = new LinkedHashMap<>();
    SparkFeatures.Fused f;
    try {
      f = pca == null ? fused : times.time("reduce", () -> SparkPca.reduce(fused, pca, derived));
    } catch (RuntimeException e) {
      fused.release();
      throw e;
    }
    try {
      int n = (int) Math.min(Integer.MAX_VALUE, f.count());
      int k = request.budget().count(n);
      derived.put("target_size", k);
      derived.put("partitions", f.samples().getNumPartitions());
      FloatMatrix target = times.time("read and check", () -> SideInputs.target(request, f.dims()));
      long[] ids = times.time("select", () -> run(f, request, target, k, derived, times));
      String[] stringIds = f.reader().stringId() ? times.time("string ids", () -> f.stringIds(ids)) : null;
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("samples", f.count());
      counts.put("feature_dims", f.dims());
      counts.put("selected", ids.length);
      Manifest manifest = new Manifest(Manifest.SCHEMA_VERSION, "spark-select", request.describe(), derived,
          List.of(), Manifest.Software.current(), counts, times.seconds(), PeakMemory.now());
      return new SparkResult(ids, stringIds, manifest);
    } finally {
      f.release();
    }
  }

  private static long[] run(SparkFeatures.Fused f, SparkRequest r, FloatMatrix target, int k,
      Map<String, Object> derived, StageTimes times) {
    JavaRDD<Sample> samples = f.samples();
    int parallelism = samples.context().defaultParallelism();
    return switch (Selectors.descriptor(r.method().method()).distribution()) {
      case NONE -> throw new IllegalStateException(r.method().method() + " does not run on Spark");
      case SAMPLE -> DistributedRandom.select(samples, k, r.seed());
      case SCORE -> SparkScores.select(samples, f.count(), r, target, k);
      case HASHED_BATCHES -> DistributedNegClip.select(samples, f.count(), r, k);
      case TWO_ROUND -> TwoRound.select(samples, f.count(), r.method(), k, r.seed(), r.poolFactor(), parallelism);
      case CLUSTERED -> Clustered.select(samples, f.count(), f.dims(), r, k, derived, times);
      case STRATA -> DistributedCcs.select(samples, f.count(), r, k);
    };
  }
}
