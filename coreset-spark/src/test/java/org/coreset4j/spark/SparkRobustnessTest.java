package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkRobustnessTest {
  private static SparkSession spark;
  private static final List<Row> ROWS = SparkFixture.rows(150, 11);

  @BeforeAll
  static void start() {
    spark = SparkFixture.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static SparkRequest coincide() {
    return SparkRequest.of("id", List.of("image", "text"), "coincide", MethodOptions.of("clusters", "4", "kmeans-iters", "8"),
        Budget.size(40), 3);
  }

  @Test
  void aJobWhoseTasksFailOnTheirFirstAttemptGivesTheSameResult() {
    long[] expected = SparkCoresets.select(SparkFixture.frame(spark, ROWS, 3), coincide()).ids();
    JavaRDD<Row> flaky = new JavaSparkContext(spark.sparkContext()).parallelize(ROWS, 3)
        .mapPartitionsWithIndex((p, rows) -> {
          if (p == 1 && TaskContext.get().attemptNumber() == 0) {
            throw new IllegalStateException("simulated executor loss");
          }
          return rows;
        }, true);
    long[] recovered = SparkCoresets.select(spark.createDataFrame(flaky, SparkFixture.SCHEMA), coincide()).ids();
    assertThat(recovered).hasSize(40).isEqualTo(expected);
  }

  @Test
  void aMissingColumnIsNamed() {
    SparkRequest r = SparkRequest.of("id", List.of("image", "audio"), "random", MethodOptions.empty(),
        Budget.size(5), 0);
    assertThatThrownBy(() -> SparkCoresets.select(SparkFixture.frame(spark, ROWS, 2), r))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--column audio is not a column").hasMessageContaining("[id, image, text]");
  }

  @Test
  void badRowsAreNamedByColumnAndTheSmallestBadId() {
    assertBad(withRow(RowFactory.create(1L, new float[5], new float[4])),
        "--column image: vectors of unequal length: 5 at row id 1 but 6 at row id");
    assertBad(withRow(RowFactory.create(2L, null, new float[4])),
        "--column image: the vector of row id 2 is null");
    assertBad(withRow(RowFactory.create(0L, new float[6],
        new float[] {0, Float.NaN, 0, 0})),
        "--column text: the vector of row id 0 contains NaN at position 1");
    assertBad(withRow(RowFactory.create(3L, new float[6], new float[4])),
        "--id-column id: id 3 occurs more than once");
  }

  @Test
  void theEntryPointWritesParquetAndAManifestOrNothingWithExitCode2(@TempDir Path dir) throws Exception {
    String good = dir.resolve("good.parquet").toString();
    SparkFixture.frame(spark, ROWS, 2).write().parquet(good);
    String out = dir.resolve("out").toString();
    assertThat(SparkSelect.run("--parquet", good, "--column", "image", "--column", "text", "--normalize", "l2",
        "--method", "kcenter", "--size", "12", "--out", out, "--quiet")).isZero();
    assertThat(spark.read().parquet(out).count()).isEqualTo(12);
    assertThat(Files.readString(dir.resolve("out/_manifest.json"))).contains("\"spark-select\"", "\"kcenter\"");

    String bad = dir.resolve("bad.parquet").toString();
    withRow(RowFactory.create(0L, new float[] {Float.POSITIVE_INFINITY, 0, 0, 0, 0, 0},
        new float[4])).write().parquet(bad);
    String none = dir.resolve("none").toString();
    assertThat(SparkSelect.run("--parquet", bad, "--column", "image", "--method", "random", "--size", "3",
        "--out", none, "--quiet")).isEqualTo(2);
    assertThat(dir.resolve("none")).doesNotExist();
    assertThat(SparkSelect.run("--parquet", good, "--column", "image", "--method", "forgetting", "--size", "3",
        "--out", none, "--quiet")).as("no --events column").isEqualTo(2);
    assertThat(dir.resolve("none")).doesNotExist();
  }

  private static Dataset<Row> withRow(Row extra) {
    List<Row> rows = new ArrayList<>(ROWS);
    rows.add(extra);
    return SparkFixture.frame(spark, rows, 3);
  }

  private static void assertBad(Dataset<Row> data, String message) {
    SparkRequest r = SparkRequest.of("id", List.of("image", "text"), "random", MethodOptions.empty(),
        Budget.size(5), 0);
    assertThatThrownBy(() -> SparkCoresets.select(data, r))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
  }
}
