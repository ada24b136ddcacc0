package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.coreset4j.CoresetRequest;
import org.coreset4j.Coresets;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Normalization;
import org.coreset4j.fusion.TokenPooling;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.SampleIds;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input's side columns: per-sample scores and events (score, forgetting, ccs, d2), string ids,
 * token columns and PCA select what {@code coreset select} selects from the same data given as files.
 */
class SparkSideColumnsTest {
  private static final int N = 240;
  private static final int T = 3;
  private static final int D = 4;
  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType, true)
      .add("name", DataTypes.StringType, true)
      .add("image", DataTypes.createArrayType(DataTypes.FloatType, true), true)
      .add("score", DataTypes.DoubleType, true)
      .add("events", DataTypes.createArrayType(DataTypes.IntegerType, true), true)
      .add("tokens", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.FloatType, true), true), true);
  private static SparkSession spark;
  private static List<Row> rows;
  private static String[] names;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkFixture.start();
    SplittableRandom r = new SplittableRandom(21);
    rows = new ArrayList<>();
    names = new String[N];
    float[][] image = new float[N][];
    double[] score = new double[N];
    float[][] events = new float[N][6];
    float[] tokens = new float[N * T * D];
    for (int i = 0; i < N; i++) {
      image[i] = new float[] {(float) r.nextGaussian(), (float) r.nextGaussian(), (float) r.nextGaussian() + i % 3};
      score[i] = r.nextInt(40) / 4.0; // many ties
      int[] e = new int[events[i].length];
      for (int t = 0; t < e.length; t++) {
        e[t] = r.nextInt(3) == 0 ? 0 : 1;
        events[i][t] = e[t];
      }
      float[][] tok = new float[T][D];
      for (int k = 0; k < T; k++) {
        for (int j = 0; j < D; j++) {
          tok[k][j] = (float) r.nextGaussian() + (k == i % T ? 2f : 0f);
          tokens[(i * T + k) * D + j] = tok[k][j];
        }
      }
      names[i] = i % 5 == 0 ? String.format("%032x", r.nextLong() & Long.MAX_VALUE) : "llava_" + Integer.toHexString(i * 7919);
      rows.add(RowFactory.create((long) i, names[i], image[i], score[i], e, tok));
    }
    NpyWriter.write(dir.resolve("image.npy"), FloatMatrix.of(image));
    NpyWriter.write(dir.resolve("scores.npy"), NdArray.of(score));
    NpyWriter.write(dir.resolve("events.npy"), FloatMatrix.of(events));
    NpyWriter.write(dir.resolve("tokens.npy"), new NdArray(tokens, new long[] {N, T, D}));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Dataset<Row> frame(int partitions) {
    return spark.createDataFrame(rows, SCHEMA).repartition(partitions);
  }

  private static SparkRequest request(String id, String column, String method, MethodOptions o, int k) {
    return new SparkRequest(id, List.of(column), Normalization.NONE, FuseMode.CONCAT, MethodSpec.of(method, o),
        Budget.size(k), 7, SparkRequest.DEFAULT_POOL_FACTOR);
  }

  /** The indices {@code coreset select} keeps from the files, with int64 ids 0..N-1 or the string ids. */
  private static int[] local(String input, String method, MethodOptions o, int k, TokenPooling tokens,
      boolean stringIds) {
    CoresetRequest.Builder b = CoresetRequest.builder().input("x", dir.resolve(input + ".npy"))
        .fusion(new FusionOptions(tokens, Normalization.NONE, FuseMode.CONCAT))
        .method(method, o).size(k).seed(7).threads(2);
    if (method.equals("forgetting")) {
      b.events(dir.resolve("events.npy"));
    } else if (List.of("score", "ccs", "d2").contains(method)) {
      b.scores(dir.resolve("scores.npy"));
    }
    if (stringIds) {
      b.ids(SampleIds.strings("name", names).keys("--ids"));
    }
    return Coresets.select(b.build()).selection().indices();
  }

  private static void assertSameAsLocal(String method, MethodOptions o) {
    long[] want = Arrays.stream(local("image", method, o, 30, TokenPooling.MEAN, false)).asLongStream().toArray();
    for (int partitions : new int[] {1, 3, 7}) {
      SparkRequest req = request("id", "image", method, o, 30)
          .withSideColumns(method.equals("forgetting") ? null : "score", method.equals("forgetting") ? "events" : null);
      assertThat(SparkCoresets.select(frame(partitions), req).ids())
          .as("%s %s on %d partitions", method, o.asMap(), partitions).containsExactly(want);
    }
  }

  @Test
  void scoreWindowsAndForgettingEqualTheSingleMachineSelection() {
    assertSameAsLocal("score", MethodOptions.empty());
    assertSameAsLocal("score", MethodOptions.of("window", "middle"));
    assertSameAsLocal("score", MethodOptions.of("window", "bottom"));
    assertSameAsLocal("forgetting", MethodOptions.empty());
  }

  @Test
  void ccsEqualsTheSingleMachineSelection() {
    assertSameAsLocal("ccs", MethodOptions.empty());
    assertSameAsLocal("ccs", MethodOptions.of("beta", "0.3", "strata", "7"));
  }

  @Test
  void d2EqualsOneMachineWhenTheFirstRoundKeepsEverything() {
    long[] want = Arrays.stream(local("image", "d2", MethodOptions.empty(), 30, TokenPooling.MEAN, false))
        .asLongStream().toArray();
    SparkRequest all = new SparkRequest("id", List.of("image"), Normalization.NONE, FuseMode.CONCAT,
        MethodSpec.of("d2", MethodOptions.empty()), Budget.size(30), 7, N).withSideColumns("score", null);
    assertThat(SparkCoresets.select(frame(3), all).ids()).containsExactly(want);
    SparkRequest two = request("id", "image", "d2", MethodOptions.of("neighbors", "3"), 30).withSideColumns("score", null);
    assertThat(SparkCoresets.select(frame(3), two).ids()).hasSize(30).doesNotHaveDuplicates();
  }

  @Test
  void stringIdsSelectWhatSelectSelectsWithTheSameIds() {
    for (String method : new String[] {"random", "ccs"}) {
      String[] want = Arrays.stream(local("image", method, MethodOptions.empty(), 25, TokenPooling.MEAN, true))
          .mapToObj(i -> names[i]).sorted().toArray(String[]::new);
      SparkResult r = SparkCoresets.select(frame(4), request("name", "image", method, MethodOptions.empty(), 25)
          .withSideColumns(method.equals("ccs") ? "score" : null, null));
      assertThat(r.stringIds()).as(method).containsExactly(want);
      assertThat(r.toDataset(spark, 1).collectAsList().stream().map(row -> row.getString(0)))
          .containsExactly(want);
    }
  }

  @Test
  void binaryUidsAreReadAsHexDigits() {
    StructType schema = new StructType().add("uid", DataTypes.BinaryType, false)
        .add("image", DataTypes.createArrayType(DataTypes.FloatType, true), true);
    SplittableRandom r = new SplittableRandom(4);
    String[] hex = new String[N];
    List<Row> uidRows = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      byte[] uid = new byte[16];
      r.nextBytes(uid);
      hex[i] = HexFormat.of().formatHex(uid);
      uidRows.add(RowFactory.create(uid, rows.get(i).get(2)));
    }
    long[] keys = SampleIds.strings("uid", hex).keys("--ids");
    try (Parallel p = new Parallel(1)) {
      int[] local = Selectors.create("random", MethodOptions.empty())
          .select(FloatMatrix.allocate(N, 0), Budget.size(25),
              SelectionContext.of(7, p).withIds(keys)).indices();
      SparkResult s = SparkCoresets.select(spark.createDataFrame(uidRows, schema).repartition(3),
          request("uid", "image", "random", MethodOptions.empty(), 25));
      assertThat(s.stringIds())
          .containsExactly(Arrays.stream(local).mapToObj(i -> hex[i]).sorted().toArray(String[]::new));
    }
  }

  @Test
  void tokenColumnsArePooledAsSelectPoolsTokens() {
    for (TokenPooling t : new TokenPooling[] {TokenPooling.MEAN, TokenPooling.FIRST, TokenPooling.COINCIDE}) {
      long[] want = Arrays.stream(local("tokens", "kcenter", MethodOptions.empty(), 20, t, false)).asLongStream()
          .toArray();
      SparkRequest req = new SparkRequest("id", List.of("tokens"), Normalization.NONE, FuseMode.CONCAT,
          MethodSpec.of("kcenter", MethodOptions.empty()), Budget.size(20), 7, N).withTokens(t);
      assertThat(SparkCoresets.select(frame(2), req).ids()).as("%s", t).containsExactly(want);
    }
  }

  @Test
  void pcaReducesTheFeaturesAsSelectDoes() {
    CoresetRequest.Builder b = CoresetRequest.builder().input("x", dir.resolve("tokens.npy"))
        .fusion(new FusionOptions(TokenPooling.CONCAT, Normalization.NONE, FuseMode.CONCAT)).reduce("pca:3")
        .method("kcenter", MethodOptions.empty()).size(20).seed(7).threads(2);
    long[] want = Arrays.stream(Coresets.select(b.build()).selection().indices()).asLongStream().toArray();
    SparkRequest req = new SparkRequest("id", List.of("tokens"), Normalization.NONE, FuseMode.CONCAT,
        MethodSpec.of("kcenter", MethodOptions.empty()), Budget.size(20), 7, N)
        .withTokens(TokenPooling.CONCAT).withReduce("pca:3");
    SparkResult r = SparkCoresets.select(frame(3), req);
    assertThat(r.ids()).containsExactly(want);
    assertThat(r.counts()).containsEntry("feature_dims", 3);
    assertThatThrownBy(() -> SparkCoresets.select(frame(3), req.withReduce("umap:2")))
        .isInstanceOf(InvalidInputException.class).hasMessage("--reduce umap:2 is not available in spark-select; use none or pca:D");
    assertThatThrownBy(() -> SparkCoresets.select(frame(3), req.withReduce("pca:13")))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--reduce pca:13 asks for 13 dimensions");
  }

  @Test
  void missingUnusedOrBadSideColumnsAreOneLine() {
    assertThatThrownBy(() -> SparkCoresets.select(frame(2), request("id", "image", "ccs", MethodOptions.empty(), 10)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--scores COLUMN is required by --method ccs");
    assertThatThrownBy(() -> SparkCoresets.select(frame(2), request("id", "image", "kcenter", MethodOptions.empty(), 10)
        .withSideColumns("score", null)))
        .isInstanceOf(InvalidInputException.class).hasMessage("--scores is not used by --method kcenter");
    assertThatThrownBy(() -> SparkCoresets.select(frame(2), request("id", "image", "score", MethodOptions.empty(), 10)
        .withSideColumns("image", null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--scores image has type array<float>");
    List<Row> bad = new ArrayList<>(rows);
    bad.set(17, RowFactory.create(17L, "x", new float[] {1, 2, 3}, null, new int[] {1}, rows.get(17).get(5)));
    assertThatThrownBy(() -> SparkCoresets.select(spark.createDataFrame(bad, SCHEMA),
        request("id", "image", "score", MethodOptions.empty(), 10).withSideColumns("score", null)))
        .isInstanceOf(InvalidInputException.class).hasMessage("--scores score is null at row id 17; remove or replace that row");
    assertThatThrownBy(() -> SparkCoresets.select(spark.createDataFrame(bad, SCHEMA),
        request("id", "image", "forgetting", MethodOptions.empty(), 10).withSideColumns(null, "events")))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--events events: vectors of unequal length");
    List<Row> repeated = new ArrayList<>(rows);
    repeated.set(3, RowFactory.create(3L, names[4], rows.get(3).get(2), 1.0, rows.get(3).get(4), rows.get(3).get(5)));
    assertThatThrownBy(() -> SparkCoresets.select(spark.createDataFrame(repeated, SCHEMA),
        request("name", "image", "random", MethodOptions.empty(), 10)))
        .isInstanceOf(InvalidInputException.class).hasMessage("--id-column name: id " + names[4]
            + " occurs more than once; ids must be unique");
  }
}
