package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * spark-select on a real standalone cluster: a master and two workers as separate JVMs, the job
 * submitted through SparkSubmit with an application jar. The ids equal those of the same request
 * in local mode, also when a worker dies mid-job.
 */
class StandaloneClusterTest {
  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(150);
  /** The driver's log line of a task starting, with its stage. */
  private static final Pattern TASK_START = Pattern.compile("Starting task \\S+ in stage (\\d+)\\.");
  /** A stage of the k-means iterations, where a worker is killed. */
  private static final int KILL_STAGE = 8;
  /** The driver's last line, written once the ids are. */
  private static final String DONE = "selected ";

  @TempDir Path dir;

  @Test
  void selectsTheIdsOfLocalModeAlsoWhenAWorkerDiesMidJob() throws Exception {
    SparkSession spark = SparkFixture.start();
    try (LocalStandaloneCluster cluster = LocalStandaloneCluster.start(dir.resolve("cluster"), 2)) {
      String input = dir.resolve("emb.parquet").toString();
      SparkFixture.frame(spark, SparkFixture.rows(20_000, 11), 4).write().parquet(input);
      List<String> coincide = request(input, "--method", "coincide", "--clusters", "20", "--kmeans-iters", "12",
          "--fraction", "0.05");
      List<String> kcenter = request(input, "--method", "kcenter", "--size", "200");
      Path jar = LocalStandaloneCluster.applicationJar(dir.resolve("app.jar"));
      cluster.awaitReady();
      // The cluster's first run and the local ones at the same time.
      JvmProcess clusterCoincide = submit(cluster, jar, coincide, "cluster-coincide");
      long[] coincideIds = local(spark, coincide, "local-coincide");
      long[] kcenterIds = local(spark, kcenter, "local-kcenter");
      assertThat(idsOnceDone(spark, clusterCoincide, cluster)).isEqualTo(coincideIds);
      assertThat(idsOnceDone(spark, submit(cluster, jar, kcenter, "cluster-kcenter"), cluster)).isEqualTo(kcenterIds);

      JvmProcess driver = submit(cluster, jar, coincide, "killed-coincide");
      assertThat(driver.awaitLine(l -> stage(l) >= KILL_STAGE, JOB_TIMEOUT))
          .as("the driver did not start stage %d\n%s", KILL_STAGE, cluster.tails()).isTrue();
      boolean running = driver.isAlive() && !driver.log().contains(DONE);
      cluster.worker(1).kill();
      assertThat(running).as("the job had finished before the worker was killed\n%s", cluster.tails()).isTrue();
      long[] afterKill = idsOnceDone(spark, driver, cluster);
      assertThat(driver.log()).as("the driver saw no executor lost\n%s", cluster.tails()).contains("Lost executor");
      assertThat(afterKill).isEqualTo(coincideIds);
    } finally {
      spark.stop();
    }
  }

  private static List<String> request(String input, String... method) {
    List<String> args = new ArrayList<>(List.of("--parquet", input, "--column", "image", "--column", "text",
        "--normalize", "l2", "--seed", "3"));
    args.addAll(List.of(method));
    return args;
  }

  private List<String> withOut(List<String> request, String out) {
    List<String> args = new ArrayList<>(request);
    args.addAll(List.of("--out", dir.resolve(out).toString()));
    return args;
  }

  /** Runs the request in this JVM's local session. */
  private long[] local(SparkSession spark, List<String> request, String out) {
    assertThat(SparkSelect.run(withOut(request, out).toArray(String[]::new))).isZero();
    return ids(spark, out);
  }

  private JvmProcess submit(LocalStandaloneCluster cluster, Path jar, List<String> request, String out)
      throws IOException {
    return cluster.submit(out, jar, SparkSelect.class.getName(), SparkFixture.PARTITIONING, withOut(request, out));
  }

  /** The ids the submitted run wrote, once it ended well. */
  private long[] idsOnceDone(SparkSession spark, JvmProcess driver, LocalStandaloneCluster cluster)
      throws InterruptedException {
    OptionalInt code = driver.awaitExit(JOB_TIMEOUT);
    assertThat(code).as("%s did not finish within %s\n%s", driver.name(), JOB_TIMEOUT, cluster.tails()).isPresent();
    assertThat(code.getAsInt()).as("%s failed\n%s", driver.name(), cluster.tails()).isZero();
    return ids(spark, driver.name());
  }

  private long[] ids(SparkSession spark, String out) {
    return spark.read().parquet(dir.resolve(out).toString()).collectAsList().stream()
        .mapToLong(r -> r.getLong(0)).sorted().toArray();
  }

  private static int stage(String line) {
    Matcher m = TASK_START.matcher(line);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
