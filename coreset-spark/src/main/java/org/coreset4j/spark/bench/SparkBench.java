package org.coreset4j.spark.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.CoresetRequest;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.Normalization;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.SideInput;
import org.coreset4j.selection.Selectors;
import org.coreset4j.spark.MethodSpec;
import org.coreset4j.spark.SparkCoresets;
import org.coreset4j.spark.SparkRequest;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Seeds;

/**
 * Wall time of distributed selection on generated unit-norm clustered data (200 centres), cached
 * in memory before timing. Arguments: master N D partitions method fraction [key=value...], for
 * example {@code local[2] 1000000 256 16 coincide 0.1 clusters=1000}. With {@code compare=1} it
 * also runs the single-machine method on the same rows and prints the overlap of the two
 * selections and the ratio of their k-center radius (max over rows of the squared distance to the
 * nearest selected row) and mean coverage distance. With {@code target=M} it writes M noisy centres
 * as a target set (normsim, vas) to a temporary .npy; with the method option {@code pair=image,text}
 * every row gets a second modality, {@code text}, the row plus noise of a per-row strength
 * (clipscore, negclip), and both are l2-normalised and concatenated.
 *
 * <p>With method {@code all} (or a comma-separated list) it times every method in turn on one
 * dataset of int64 ids, an {@code image} and a {@code text} vector, a {@code score} and ten epochs of
 * {@code events} per row, each method with the side inputs it reads (the pair image,text; a target
 * of 1,000 rows; the score or events column) and its default options otherwise, and prints one line
 * per method; master {@code default} takes it from spark-submit.
 */
public final class SparkBench {
  private SparkBench() {}

  public static void main(String[] args) {
    String master = args[0];
    int n = Integer.parseInt(args[1]);
    int d = Integer.parseInt(args[2]);
    int partitions = Integer.parseInt(args[3]);
    String method = args[4];
    double fraction = Double.parseDouble(args[5]);
    List<String> kv = new ArrayList<>();
    boolean compare = false;
    double poolFactor = SparkRequest.DEFAULT_POOL_FACTOR;
    int targetRows = 0;
    for (int i = 6; i < args.length; i++) {
      String[] p = args[i].split("=", 2);
      switch (p[0]) {
        case "compare" -> compare = p[1].equals("1");
        case "pool-factor" -> poolFactor = Double.parseDouble(p[1]);
        case "target" -> targetRows = Integer.parseInt(p[1]);
        default -> kv.addAll(List.of(p));
      }
    }
    MethodOptions options = MethodOptions.of(kv.toArray(String[]::new));
    SparkSession.Builder builder = SparkSession.builder().appName("coreset-bench")
        .config("spark.ui.enabled", "false").config("spark.driver.maxResultSize", "4g");
    SparkSession spark = (master.equals("default") ? builder : builder.master(master)).getOrCreate();
    if (method.equals("all") || method.contains(",")) {
      try {
        everyMethod(spark, method, n, d, partitions, fraction, poolFactor);
      } finally {
        spark.stop();
      }
      return;
    }
    try {
      boolean pair = options.has("pair");
      Dataset<Row> data = generate(spark, n, d, partitions, pair).persist(StorageLevel.MEMORY_AND_DISK());
      data.count();
      SparkRequest request = new SparkRequest("id", pair ? List.of("image", "text") : List.of("emb"),
          pair ? Normalization.L2 : Normalization.NONE, FuseMode.CONCAT, MethodSpec.of(method, options),
          Budget.fraction(fraction), 0, poolFactor).withTarget(targetRows == 0 ? null : target(targetRows, d));
      long t0 = System.nanoTime();
      var r = SparkCoresets.select(data, request);
      double sec = (System.nanoTime() - t0) / 1e9;
      System.out.printf("spark %s %s %dx%d P=%d %s: %.1f s, %d selected, stages %s, derived %s%n", master, method, n,
          d, partitions, options.asMap(), sec, r.ids().length, r.manifest().stageSeconds(), r.manifest().derived());
      if (compare) {
        compare(data, r.ids(), method, options, fraction, n, d);
      }
    } finally {
      spark.stop();
    }
  }

  /** Times the methods of {@code list} ("all" or names) in turn on one cached dataset with every side column. */
  private static void everyMethod(SparkSession spark, String list, int n, int d, int partitions, double fraction,
      double poolFactor) {
    List<String> methods = list.equals("all")
        ? SparkCoresets.methods().stream().map(MethodDescriptor::name).toList() : List.of(list.split(","));
    Dataset<Row> data = withSides(generate(spark, n, d, partitions, true)).persist(StorageLevel.MEMORY_AND_DISK());
    data.count();
    CoresetRequest.InputRef target = target(1000, d);
    for (String method : methods) {
      MethodDescriptor m = Selectors.descriptor(method);
      MethodOptions o = m.requires(SideInput.MODALITIES) ? MethodOptions.of("pair", "image,text") : MethodOptions.empty();
      boolean targeted = m.sideInputs().contains(SideInput.TARGET) || m.optionalInputs().contains(SideInput.TARGET);
      SparkRequest request = new SparkRequest("id", List.of("image", "text"), Normalization.L2, FuseMode.MEAN,
          MethodSpec.of(method, o), Budget.fraction(fraction), 0, poolFactor).withTarget(targeted ? target : null)
          .withSideColumns(m.requires(SideInput.SCORES) ? "score" : null, m.requires(SideInput.EVENTS) ? "events" : null);
      long t0 = System.nanoTime();
      var r = SparkCoresets.select(data, request);
      double sec = (System.nanoTime() - t0) / 1e9;
      System.out.printf("spark %s %-17s %dx%d P=%d %.2f: %7.1f s, %d selected, stages %s%n", spark.sparkContext()
          .master(), method, n, d, partitions, fraction, sec, r.ids().length, r.manifest().stageSeconds());
    }
  }

  /** The rows with a score in [0, 1) and ten epochs of 0/1 events (7 in 10 correct), hashes of the id. */
  private static Dataset<Row> withSides(Dataset<Row> data) {
    Column id = functions.col("id");
    return data.withColumn("score", functions.pmod(functions.hash(id), functions.lit(100_000)).divide(100_000.0))
        .withColumn("events", functions.transform(functions.sequence(functions.lit(1), functions.lit(10)),
            e -> functions.when(functions.pmod(functions.hash(id, e), functions.lit(10)).lt(7), 1).otherwise(0)));
  }

  private static Dataset<Row> generate(SparkSession spark, int n, int d, int partitions, boolean pair) {
    StructType schema = pair
        ? new StructType().add("id", DataTypes.LongType, false)
            .add("image", DataTypes.createArrayType(DataTypes.FloatType, false), false)
            .add("text", DataTypes.createArrayType(DataTypes.FloatType, false), false)
        : new StructType().add("id", DataTypes.LongType, false)
            .add("emb", DataTypes.createArrayType(DataTypes.FloatType, false), false);
    List<Integer> parts = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      parts.add(p);
    }
    JavaRDD<Row> rows = new JavaSparkContext(spark.sparkContext()).parallelize(parts, partitions).flatMap(p -> {
      float[][] centres = centres(d);
      List<Row> out = new ArrayList<>();
      for (long i = (long) n * p / partitions; i < (long) n * (p + 1) / partitions; i++) {
        float[] x = row(centres, i, d);
        out.add(pair ? RowFactory.create(i, x, noisy(x, i)) : RowFactory.create(i, x));
      }
      return out.iterator();
    });
    return spark.createDataFrame(rows, schema);
  }

  private static float[][] centres(int d) {
    SplittableRandom r = new SplittableRandom(1);
    float[][] c = new float[200][d];
    for (float[] v : c) {
      for (int j = 0; j < d; j++) {
        v[j] = (float) r.nextGaussian();
      }
    }
    return c;
  }

  private static float[] row(float[][] centres, long i, int d) {
    SplittableRandom r = new SplittableRandom(Seeds.linear(i, 7));
    float[] c = centres[r.nextInt(centres.length)];
    float[] v = new float[d];
    double ss = 0;
    for (int j = 0; j < d; j++) {
      v[j] = c[j] + 0.5f * (float) r.nextGaussian();
      ss += (double) v[j] * v[j];
    }
    for (int j = 0; j < d; j++) {
      v[j] = (float) (v[j] / Math.sqrt(ss));
    }
    return v;
  }

  /** {@code x} plus Gaussian noise of a per-row strength in [0, 0.1): a caption that fits {@code x} more or less. */
  private static float[] noisy(float[] x, long i) {
    SplittableRandom r = new SplittableRandom(Seeds.linear(i, 11));
    double strength = 0.1 * r.nextDouble();
    float[] v = new float[x.length];
    for (int j = 0; j < v.length; j++) {
      v[j] = x[j] + (float) (strength * r.nextGaussian());
    }
    return v;
  }

  /** M of the centres plus noise, as a target set in a temporary .npy. */
  private static CoresetRequest.InputRef target(int m, int d) {
    float[][] c = centres(d);
    SplittableRandom r = new SplittableRandom(3);
    float[][] t = new float[m][d];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < d; j++) {
        t[i][j] = c[i % c.length][j] + 0.5f * (float) r.nextGaussian();
      }
    }
    try {
      Path file = Files.createTempFile("coreset-bench-target", ".npy");
      file.toFile().deleteOnExit();
      NpyWriter.write(file, FloatMatrix.of(t));
      return new CoresetRequest.InputRef(CoresetRequest.TARGET, file, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the single-machine method on the same rows and prints agreement and objective ratios. */
  private static void compare(Dataset<Row> data, long[] ids, String method, MethodOptions options, double fraction,
      int n, int d) {
    float[][] x = new float[n][];
    for (Row row : data.collectAsList()) {
      x[(int) row.getLong(0)] = floats(row);
    }
    FloatMatrix m = FloatMatrix.of(x);
    long t0 = System.nanoTime();
    int[] exact;
    try (Parallel p = Parallel.defaults()) {
      exact = Selectors.create(method, options).select(m, Budget.fraction(fraction), SelectionContext.of(0, p))
          .indices();
    }
    double sec = (System.nanoTime() - t0) / 1e9;
    int[] dist = Arrays.stream(ids).mapToInt(v -> (int) v).toArray();
    long common = Arrays.stream(dist).filter(i -> Arrays.binarySearch(exact, i) >= 0).count();
    double[] oe = objectives(m, exact);
    double[] od = objectives(m, dist);
    System.out.printf("single machine %s: %.1f s, %d selected; overlap %.3f; radius distributed/exact %.3f; "
        + "mean coverage distributed/exact %.3f%n", method, sec, exact.length, common / (double) exact.length,
        od[0] / oe[0], od[1] / oe[1]);
  }

  private static float[] floats(Row row) {
    List<Float> l = row.getList(1);
    float[] v = new float[l.size()];
    for (int j = 0; j < v.length; j++) {
      v[j] = l.get(j);
    }
    return v;
  }

  /** {max, mean} over rows of the squared distance to the nearest selected row. */
  private static double[] objectives(FloatMatrix m, int[] selected) {
    double[] best = new double[m.rows()];
    try (Parallel p = Parallel.defaults()) {
      p.forChunks(m.rows(), 1024, (c, from, to) -> {
        for (int i = from; i < to; i++) {
          double b = Double.POSITIVE_INFINITY;
          for (int s : selected) {
            b = Math.min(b, Vectors.squaredDistance(m, i, m, s));
          }
          best[i] = b;
        }
      });
    }
    return new double[] {Arrays.stream(best).max().orElse(0), Arrays.stream(best).average().orElse(0)};
  }
}
