package org.coreset4j.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.coreset4j.data.FloatMatrix;

/** A local Spark session (2 threads, a failed task retried once) and small clustered test data. */
final class SparkFixture {
  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType, true)
      .add("image", DataTypes.createArrayType(DataTypes.FloatType, true), true)
      .add("text", DataTypes.createArrayType(DataTypes.FloatType, true), true);

  /** The partitioning settings of the session; a cluster with the same ones partitions alike. */
  static final Map<String, String> PARTITIONING = Map.of("spark.sql.shuffle.partitions", "4",
      "spark.default.parallelism", "4");

  private SparkFixture() {}

  static SparkSession start() {
    SparkSession.Builder b = SparkSession.builder().master("local[2,2]").appName("coreset4j-test")
        .config("spark.ui.enabled", "false");
    PARTITIONING.forEach(b::config);
    return b.getOrCreate();
  }

  /** n rows with ids 3, 10, 17, ... (not 0..n-1) around a few centres; image 6 and text 4 dims. */
  static List<Row> rows(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[][] centres = new float[5][10];
    for (float[] c : centres) {
      for (int j = 0; j < c.length; j++) {
        c[j] = (float) r.nextGaussian();
      }
    }
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] c = centres[r.nextInt(centres.length)];
      float[] v = new float[c.length];
      for (int j = 0; j < v.length; j++) {
        v[j] = c[j] + 0.4f * (float) r.nextGaussian();
      }
      out.add(RowFactory.create(3L + 7L * ((i * 37L) % n), Arrays.copyOf(v, 6), Arrays.copyOfRange(v, 6, 10)));
    }
    return out;
  }

  /**
   * n rows with ids 0..n-1 in row order whose image and text vectors (8 dims each) share a
   * per-sample signal plus noise of its own strength, so that the pairs agree to different degrees.
   */
  static List<Row> pairedRows(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float noise = (float) r.nextDouble(0.1, 2.0);
      float[] image = new float[8];
      float[] text = new float[8];
      for (int j = 0; j < 8; j++) {
        float shared = (float) r.nextGaussian() + (j == i % 3 ? 1.5f : 0f);
        image[j] = shared + noise * (float) r.nextGaussian();
        text[j] = shared + noise * (float) r.nextGaussian();
      }
      out.add(RowFactory.create((long) i, image, text));
    }
    return out;
  }

  /** Column {@code column} (1 image, 2 text) of {@code rows} as a matrix, row i = rows[i]. */
  static FloatMatrix column(List<Row> rows, int column) {
    return FloatMatrix.of(rows.stream().map(r -> (float[]) r.get(column)).toArray(float[][]::new));
  }

  static Dataset<Row> frame(SparkSession spark, List<Row> rows, int partitions) {
    return spark.createDataFrame(rows, SCHEMA).repartition(partitions);
  }

  /** The fused samples ordered by id: ids and the single-machine feature matrix. */
  record Local(long[] ids, FloatMatrix x) {
    int indexOf(long id) {
      return Arrays.binarySearch(ids, id);
    }

    long[] idsOf(int[] indices) {
      return Arrays.stream(indices).mapToLong(i -> ids[i]).toArray();
    }
  }

  static Local collect(SparkFeatures.Fused f) {
    List<Sample> all = new ArrayList<>(f.samples().collect());
    all.sort(Comparator.comparingLong(Sample::id));
    float[][] x = all.stream().map(Sample::x).toArray(float[][]::new);
    return new Local(all.stream().mapToLong(Sample::id).toArray(), FloatMatrix.of(x));
  }
}
