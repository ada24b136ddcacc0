package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.Normalization;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.balance.BalanceParams;
import org.coreset4j.selection.balance.BalanceSelector;
import org.coreset4j.selection.coincide.CoincideParams;
import org.coreset4j.selection.dbp.DbpParams;
import org.coreset4j.selection.dbp.DbpSelector;
import org.coreset4j.selection.selfsup.SelfSupParams;
import org.coreset4j.selection.selfsup.SelfSupSelector;
import org.coreset4j.selection.coincide.CoincideSelector;
import org.coreset4j.selection.semdedup.SemDeDupParams;
import org.coreset4j.selection.semdedup.SemDeDupSelector;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSelectionTest {
  private static SparkSession spark;
  private static final List<Row> ROWS = SparkFixture.rows(240, 7);

  @BeforeAll
  static void start() {
    spark = SparkFixture.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static SparkRequest request(String method, MethodOptions options, Budget budget) {
    return new SparkRequest("id", List.of("image", "text"), Normalization.L2, FuseMode.CONCAT,
        MethodSpec.of(method, options), budget, 5, SparkRequest.DEFAULT_POOL_FACTOR);
  }

  @Test
  void parquetRoundTripKeepsIdsAndVectors(@TempDir Path dir) {
    String path = dir.resolve("emb.parquet").toString();
    SparkFixture.frame(spark, ROWS, 3).write().parquet(path);
    Dataset<Row> back = spark.read().parquet(path);
    assertThat(back.schema()).isEqualTo(SparkFixture.SCHEMA);
    assertThat(back.collectAsList().stream().map(SparkSelectionTest::text).toList())
        .containsExactlyInAnyOrderElementsOf(ROWS.stream().map(SparkSelectionTest::text).toList());
    SparkResult r = SparkCoresets.select(back, request("random", MethodOptions.empty(), Budget.size(30)));
    assertThat(r.ids()).hasSize(30).doesNotHaveDuplicates();
  }

  @Test
  void randomDoesNotDependOnThePartitioning() {
    long[] one = SparkCoresets.select(SparkFixture.frame(spark, ROWS, 1),
        request("random", MethodOptions.empty(), Budget.fraction(0.2))).ids();
    long[] seven = SparkCoresets.select(SparkFixture.frame(spark, ROWS, 7),
        request("random", MethodOptions.empty(), Budget.fraction(0.2))).ids();
    assertThat(one).hasSize(48).isEqualTo(seven);
  }

  @Test
  void coincideEqualsTheSingleMachineResultOnTheSameClustering() {
    for (String intra : List.of("mmd", "random", "centroid")) {
      MethodOptions o = MethodOptions.of("clusters", "6", "intra", intra, "sigma", "0.7");
      SparkRequest req = request("coincide", o, Budget.size(50));
      SparkFeatures.Fused f = SparkFeatures.of(SparkFixture.frame(spark, ROWS, 3), req, "test");
      SparkKMeans.Result km = SparkKMeans.fit(f.samples(), f.count(), f.dims(),
          CoincideParams.from(o).kmeans().withSeed(5));
      JavaRDD<ClusterBlock> blocks = ClusterBlocks.of(f.samples(), km.centroids(), 3);
      long[] distributed = DistributedCoincide.select(blocks, km.centroids(), req.method(), 50, 5);

      SparkFixture.Local local = SparkFixture.collect(f);
      int[] assignment = assignment(f, km.centroids(), local);
      try (Parallel p = new Parallel(2)) {
        Selection s = new CoincideSelector(CoincideParams.from(o))
            .selectClustered(local.x(), assignment, km.centroids(), 50, SelectionContext.of(5, p));
        assertThat(distributed).as(intra).isEqualTo(local.idsOf(Arrays.stream((long[]) s.diagnostics().get("order").data()).mapToInt(v -> (int) v).toArray()));
      }
      f.release();
    }
  }

  @Test
  void semDeDupEqualsTheSingleMachineResultOnTheSameClustering() {
    for (String keep : List.of("hard", "random")) {
      MethodOptions o = MethodOptions.of("clusters", "5", "keep", keep);
      SparkRequest req = request("semdedup", o, Budget.size(120));
      SparkFeatures.Fused f = SparkFeatures.of(SparkFixture.frame(spark, ROWS, 2), req, "test");
      SparkKMeans.Result km = SparkKMeans.fit(f.samples(), f.count(), f.dims(),
          SemDeDupParams.from(o).kmeans().withSeed(5));
      long[] distributed = DistributedSemDeDup.select(ClusterBlocks.of(f.samples(), km.centroids(), 3), km.centroids(),
          req.method(), 120, 5);

      SparkFixture.Local local = SparkFixture.collect(f);
      try (Parallel p = new Parallel(1)) {
        Selection s = new SemDeDupSelector(SemDeDupParams.from(o)).selectClustered(local.x(),
            assignment(f, km.centroids(), local), km.centroids(), 120, SelectionContext.of(5, p));
        assertThat(distributed).as(keep).isEqualTo(local.idsOf(s.indices()));
      }
      f.release();
    }
  }

  @Test
  void balanceAndDbpEqualTheSingleMachineResultOnTheSameClustering() {
    List<Row> paired = SparkFixture.pairedRows(240, 7);
    for (String[] run : new String[][] {{"balance"}, {"dbp"}, {"dbp", "within", "random", "neighbors", "2"}}) {
      String method = run[0];
      MethodOptions o = MethodOptions.of(Stream.concat(Stream.of("clusters", "6"),
          Arrays.stream(run).skip(1)).toArray(String[]::new));
      SparkRequest req = request(method, o, Budget.size(50));
      SparkFeatures.Fused f = SparkFeatures.of(SparkFixture.frame(spark, paired, 3), req, "test");
      boolean dbp = method.equals("dbp");
      SparkFeatures.Fused rows = dbp ? new SparkFeatures.Fused(DistributedDbp.unitRows(f.samples()), f.count(), f.dims(), f.rows(), f.reader()) : f;
      SparkKMeans.Result km = SparkKMeans.fit(rows.samples(), f.count(), f.dims(),
          BalanceParams.from(o).kmeans().withSeed(5));
      JavaRDD<ClusterBlock> blocks = ClusterBlocks.of(rows.samples(), km.centroids(), 3);
      long[] distributed = dbp ? DistributedDbp.select(blocks, km.centroids(), req.method(), 50, 5)
          : DistributedBalance.select(blocks, km.centroids().rows(), 50, 5);

      SparkFixture.Local local = SparkFixture.collect(rows);
      int[] assignment = assignment(rows, km.centroids(), local);
      try (Parallel p = new Parallel(2)) {
        int[] want = dbp ? new DbpSelector(DbpParams.from(o)).selectClustered(local.x(), assignment, km.centroids(),
            50, 5, p).indices() : BalanceSelector.selectClustered(assignment, km.centroids().rows(), 50, 5, p).indices();
        assertThat(distributed).as(Arrays.toString(run)).isEqualTo(local.idsOf(want));
      }
      long[] all = SparkCoresets.select(SparkFixture.frame(spark, paired, 2), req).ids();
      assertThat(all).as(Arrays.toString(run)).hasSize(50).doesNotHaveDuplicates();
      rows.release();
      f.release();
    }
  }

  @Test
  void twoRoundIsExactWhenTheFirstRoundKeepsEverything() {
    for (String method : List.of("kcenter", "dq", "herding", "facility-location", "graphcut", "logdet")) {
      MethodOptions o = method.equals("dq") ? MethodOptions.of("bins", "4") : MethodOptions.empty();
      SparkRequest req = new SparkRequest("id", List.of("image"), Normalization.NONE, FuseMode.CONCAT,
          MethodSpec.of(method, o), Budget.size(24), 5, 10.0);
      SparkFeatures.Fused f = SparkFeatures.of(SparkFixture.frame(spark, ROWS, 3), req, "test");
      long[] distributed = TwoRound.select(f.samples(), f.count(), req.method(), 24, 5, 10.0, 2);
      SparkFixture.Local local = SparkFixture.collect(f);
      try (Parallel p = new Parallel(2)) {
        Selection s = Selectors.create(method, o).select(local.x(), Budget.size(24), SelectionContext.of(5, p));
        assertThat(distributed).as(method).isEqualTo(local.idsOf(s.indices()));
      }
      long[] partitioned = SparkCoresets.select(SparkFixture.frame(spark, ROWS, 3),
          new SparkRequest("id", List.of("image"), Normalization.NONE, FuseMode.CONCAT, MethodSpec.of(method, o),
              Budget.size(24), 5, 2.0)).ids();
      assertThat(partitioned).as(method).doesNotHaveDuplicates().hasSizeBetween(20, 28);
      f.release();
    }
  }

  @Test
  void selfsupEqualsTheSingleMachineResultOnTheSameClustering() {
    for (String keep : List.of("hard", "easy")) {
      MethodOptions o = MethodOptions.of("clusters", "6", "keep", keep);
      SparkRequest req = new SparkRequest("id", List.of("image"), Normalization.NONE, FuseMode.CONCAT,
          MethodSpec.of("selfsup", o), Budget.size(40), 5, 2.0);
      SparkFeatures.Fused f = SparkFeatures.of(SparkFixture.frame(spark, ROWS, 3), req, "test");
      SparkKMeans.Result km = SparkKMeans.fit(f.samples(), f.count(), f.dims(), SelfSupParams.from(o).kmeans().withSeed(5));
      long[] distributed = DistributedSelfSup.select(ClusterBlocks.of(f.samples(), km.centroids(), 3), km.centroids(),
          keep.equals("hard"), 40, f.count());
      SparkFixture.Local local = SparkFixture.collect(f);
      try (Parallel p = new Parallel(1)) {
        double[] score = SelfSupSelector.scores(local.x(), km.centroids(), assignment(f, km.centroids(), local), p);
        long[] want = local.idsOf(SelfSupSelector.keep(score, 40, keep.equals("hard")));
        assertThat(distributed).as(keep).isEqualTo(Arrays.stream(want).sorted().toArray());
      }
      f.release();
    }
  }

  @Test
  void standardNormalisationGivesTheSingleMachineFeatures() {
    SparkRequest req = new SparkRequest("id", List.of("image", "text"), Normalization.STANDARD, FuseMode.CONCAT,
        MethodSpec.of("kcenter", MethodOptions.empty()), Budget.size(10), 5, 2.0);
    SparkFeatures.Fused f = SparkFeatures.of(SparkFixture.frame(spark, ROWS, 3), req, "test");
    SparkFixture.Local local = SparkFixture.collect(f);
    List<Row> byId = new java.util.ArrayList<>(ROWS);
    byId.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
    FloatMatrix want;
    try (Parallel p = new Parallel(1)) {
      List<org.coreset4j.fusion.Modality> m = List.of(
          new org.coreset4j.fusion.Modality("image", org.coreset4j.io.ArrayTensor.of(SparkFixture.column(byId, 1))),
          new org.coreset4j.fusion.Modality("text", org.coreset4j.io.ArrayTensor.of(SparkFixture.column(byId, 2))));
      want = org.coreset4j.fusion.Fusion.fuse(m, new org.coreset4j.fusion.FusionOptions(
          org.coreset4j.fusion.TokenPooling.MEAN, Normalization.STANDARD, FuseMode.CONCAT), p,
          org.coreset4j.util.Progress.NONE);
    }
    assertThat(local.x().rows()).isEqualTo(want.rows());
    for (int i = 0; i < want.rows(); i++) {
      for (int j = 0; j < want.cols(); j++) {
        assertThat(local.x().get(i, j)).isCloseTo(want.get(i, j), within(1e-5f));
      }
    }
    f.release();
  }

  @Test
  void pairMethodsRunInTwoRoundsWithTheirModalities() {
    for (MethodOptions o : List.of(MethodOptions.of("pair", "image,text"),
        MethodOptions.of("similarity", "crossmodal", "pair", "image,text", "bins", "4"))) {
      String method = o.has("bins") ? "dq" : "crosscov";
      SparkRequest req = new SparkRequest("id", List.of("image", "text"), Normalization.L2, FuseMode.CONCAT,
          MethodSpec.of(method, o), Budget.size(24), 5, 10.0);
      SparkFeatures.Fused f = SparkFeatures.of(SparkFixture.frame(spark, ROWS, 3), req, "test");
      long[] distributed = TwoRound.select(f.samples(), f.count(), req.method(), 24, 5, 10.0, 2);
      List<Sample> all = new java.util.ArrayList<>(f.samples().collect());
      all.sort(java.util.Comparator.comparingLong(Sample::id));
      SampleBlock local = SampleBlock.of(all, List.of("image", "text"));
      try (Parallel p = new Parallel(2)) {
        Selection s = Selectors.create(method, o).select(local.features(), Budget.size(24), local.context(5, p, null));
        assertThat(distributed).as(method).isEqualTo(Arrays.stream(s.indices()).mapToLong(i -> local.ids()[i]).toArray());
      }
      f.release();
    }
  }

  private static String text(Row r) {
    return r.getLong(0) + " " + floats(r, 1) + " " + floats(r, 2);
  }

  private static String floats(Row r, int i) {
    return r.get(i) instanceof float[] f ? Arrays.toString(f) : r.getList(i).toString();
  }

  private static int[] assignment(SparkFeatures.Fused f, FloatMatrix centroids, SparkFixture.Local local) {
    int[] a = new int[local.ids().length];
    Map<Long, Integer> byId = ClusterBlocks.assignment(f.samples(), centroids).collectAsMap();
    for (int i = 0; i < a.length; i++) {
      a[i] = byId.get(local.ids()[i]);
    }
    assertThat(Arrays.stream(a).distinct().count()).isGreaterThan(1);
    return a;
  }
}
