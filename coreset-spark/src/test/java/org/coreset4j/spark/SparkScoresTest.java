package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.coreset4j.CoresetRequest;
import org.coreset4j.Coresets;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Normalization;
import org.coreset4j.fusion.TokenPooling;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The methods distributed as per-sample scores (and negclip's batches) select exactly the ids
 * {@code coreset select} selects on the same data (ids 0..N-1 in row order), for any partitioning.
 */
class SparkScoresTest {
  private static final int N = 300;
  private static final List<Row> ROWS = SparkFixture.pairedRows(N, 13);
  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkFixture.start();
    NpyWriter.write(dir.resolve("image.npy"), SparkFixture.column(ROWS, 1));
    NpyWriter.write(dir.resolve("text.npy"), SparkFixture.column(ROWS, 2));
    SplittableRandom r = new SplittableRandom(3);
    float[][] t = new float[25][16];
    for (float[] row : t) {
      for (int j = 0; j < row.length; j++) {
        row[j] = (float) r.nextGaussian() + (j < 3 ? 2f : 0f);
      }
    }
    NpyWriter.write(dir.resolve("target.npy"), FloatMatrix.of(t));
    NpyWriter.write(dir.resolve("narrow.npy"), FloatMatrix.of(new float[][] {{1, 2, 3}}));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void clipScoreEqualsTheSingleMachineSelection() {
    assertSameAsLocal("clipscore", MethodOptions.of("pair", "text,image"), null);
  }

  @Test
  void negClipEqualsTheSingleMachineSelection() {
    assertSameAsLocal("negclip", MethodOptions.of("pair", "image,text", "batch", "64", "repeats", "3"), null);
    assertSameAsLocal("negclip", MethodOptions.of("pair", "text,image", "tau", "0.07", "batch", "50", "repeats", "2",
        "window", "middle"), null);
    assertSameAsLocal("negclip", MethodOptions.of("pair", "image,text", "batch", "500", "window", "bottom"), null);
  }

  @Test
  void normSimEqualsTheSingleMachineSelection() {
    assertSameAsLocal("normsim", MethodOptions.empty(), "target.npy");
    assertSameAsLocal("normsim", MethodOptions.of("p", "inf"), "target.npy");
  }

  @Test
  void vasEqualsTheSingleMachineSelectionWithAndWithoutATarget() {
    assertSameAsLocal("vas", MethodOptions.empty(), "target.npy");
    assertSameAsLocal("vas", MethodOptions.empty(), null);
  }

  @Test
  void aTargetOfAnotherDimensionIsBadInput() {
    assertThatThrownBy(() -> SparkCoresets.select(SparkFixture.frame(spark, ROWS, 2),
        request("normsim", MethodOptions.empty(), "narrow.npy")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--target has dimension 3")
        .hasMessageContaining("features have 16");
  }

  @Test
  void aPairColumnThatIsNoColumnIsBadInput() {
    assertThatThrownBy(() -> SparkCoresets.select(SparkFixture.frame(spark, ROWS, 2),
        request("clipscore", MethodOptions.of("pair", "image,audio"), null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--pair image,audio names audio, which is not a --column; the columns are image,text");
  }

  @Test
  void badSideInputsEndWithOneLineExitCode2AndNoOutput() {
    String emb = dir.resolve("emb.parquet").toString();
    SparkFixture.frame(spark, ROWS, 2).write().mode("overwrite").parquet(emb);
    String[][] bad = {
        {"--method", "clipscore", "--pair", "image,audio"},
        {"--method", "normsim", "--target", dir.resolve("narrow.npy").toString()},
        {"--method", "normsim"},
        {"--method", "random", "--target", dir.resolve("target.npy").toString()},
        {"--method", "dq", "--similarity", "crossmodal", "--pair", "image,audio"}};
    String[] messages = {"--pair image,audio names audio, which is not a --column; the columns are image,text",
        "--target has dimension 3 but the selection features have 16", "--target is required by --method normsim",
        "--target is not used by --method random",
        "--pair image,audio names audio, which is not a --column; the columns are image,text"};
    for (int i = 0; i < bad.length; i++) {
      assertOneBadLine(emb, bad[i], messages[i]);
    }
    Path out = dir.resolve("negclip");
    assertThat(SparkSelect.run("--parquet", emb, "--column", "image", "--column", "text", "--normalize", "l2",
        "--method", "negclip", "--pair", "image,text", "--batch", "64", "--repeats", "2", "--size", "10",
        "--out", out.toString(), "--quiet")).isZero();
    assertThat(spark.read().parquet(out.toString()).count()).isEqualTo(10);
  }

  @Test
  void aRowTheMethodRejectsIsNamedByItsId() {
    List<Row> rows = new java.util.ArrayList<>(ROWS);
    rows.set(17, org.apache.spark.sql.RowFactory.create(17L, new float[8], new float[8]));
    String zero = dir.resolve("zero.parquet").toString();
    SparkFixture.frame(spark, rows, 3).write().mode("overwrite").parquet(zero);
    assertOneBadLine(zero, new String[] {"--method", "clipscore", "--pair", "image,text"},
        "--pair: row id 17 of modality image is all zeros");
    assertOneBadLine(zero, new String[] {"--method", "negclip", "--pair", "text,image", "--batch", "50"},
        "row id 17 of modality text is all zeros");
    assertOneBadLine(zero, new String[] {"--method", "dbp", "--clusters", "3"}, "feature row id 17 is zero");
  }

  /** spark-select on {@code parquet} with {@code args} ends with exit code 2 and one line containing {@code message}. */
  private static void assertOneBadLine(String parquet, String[] args, String message) {
    Path out = dir.resolve("never");
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = SparkSelect.commandLine();
    cl.setErr(new java.io.PrintWriter(err, true));
    String[] all = java.util.stream.Stream.concat(Arrays.stream(new String[] {"--parquet", parquet, "--column",
        "image", "--column", "text", "--normalize", "l2", "--size", "10", "--out", out.toString(), "--quiet"}),
        Arrays.stream(args)).toArray(String[]::new);
    assertThat(cl.execute(all)).as(err.toString()).isEqualTo(2);
    assertThat(err.toString().lines()).as(Arrays.toString(args)).hasSize(1).first().asString().contains(message);
    assertThat(out).doesNotExist();
  }

  /** Spark on 1, 3 and 7 partitions selects the ids of the single-machine run. */
  static void assertSameAsLocal(String method, MethodOptions options, String target) {
    long[] local = local(method, options, target);
    for (int partitions : new int[] {1, 3, 7}) {
      long[] distributed = SparkCoresets.select(SparkFixture.frame(spark, ROWS, partitions),
          request(method, options, target)).ids();
      assertThat(distributed).as("%s %s on %d partitions", method, options.asMap(), partitions).isEqualTo(local);
    }
  }

  private static SparkRequest request(String method, MethodOptions options, String target) {
    return new SparkRequest("id", List.of("image", "text"), Normalization.L2, FuseMode.CONCAT,
        MethodSpec.of(method, options), Budget.size(40), 5, SparkRequest.DEFAULT_POOL_FACTOR)
        .withTarget(target == null ? null : new CoresetRequest.InputRef(CoresetRequest.TARGET, dir.resolve(target), null));
  }

  /** The ids (= indices) {@code coreset select} keeps on the same data, ascending. */
  private static long[] local(String method, MethodOptions options, String target) {
    CoresetRequest.Builder b = CoresetRequest.builder().input("image", dir.resolve("image.npy"))
        .input("text", dir.resolve("text.npy"))
        .fusion(new FusionOptions(TokenPooling.MEAN, Normalization.L2, FuseMode.CONCAT))
        .method(method, options).size(40).seed(5).threads(2);
    if (target != null) {
      b.target(dir.resolve(target), null);
    }
    int[] picked = Coresets.select(b.build()).selection().indices();
    return Arrays.stream(picked).mapToLong(i -> i).sorted().toArray();
  }
}
