package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coreset4j.data.NdArray;
import org.coreset4j.io.NpyWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./coreset} launcher on the packaged jar (so it runs after the package phase): its
 * ahead-of-time cache never breaks a run or shows on stderr, whether it is missing, corrupt,
 * recorded for another jar, recorded by parallel first runs or marked failed. (A folder the user may
 * not write is skipped by the launcher's {@code -w} test, which root, who runs CI here, always passes.)
 * The launcher and the jar are copied to a temporary project root, so the real cache is left alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
  private static final String JAVA_HOME =
      Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent().toString();
  @TempDir static Path root;
  private static Path target;
  private static Path jar;

  @BeforeAll
  static void copyLauncher() throws IOException {
    Files.createDirectories(root.resolve("scripts"));
    for (String file : List.of("coreset", "scripts/jdk.sh", "scripts/stderr-filter.pl")) {
      Files.copy(PROJECT.resolve(file), root.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
    }
    target = Files.createDirectories(root.resolve("coreset-cli/target"));
    jar = target.resolve("coreset-cli.jar");
    Files.copy(PROJECT.resolve("coreset-cli/target/coreset-cli.jar"), jar);
    Files.createSymbolicLink(target.resolve("lib"), PROJECT.resolve("coreset-cli/target/lib"));
    SplittableRandom random = new SplittableRandom(1);
    float[] x = new float[200 * 8];
    for (int i = 0; i < x.length; i++) x[i] = (float) random.nextGaussian();
    NpyWriter.write(root.resolve("x.npy"), new NdArray(x, new long[] {200, 8}));
  }

  @AfterAll
  static void unlinkLib() throws IOException {
    Files.delete(target.resolve("lib"));
  }

  @Test
  @Order(1)
  void theFirstRunRecordsTheCacheAndTheNextUsesIt() throws Exception {
    selectsCleanly();
    assertThat(Files.size(cache())).isPositive();
    selectsCleanly();
  }

  @Test
  @Order(2)
  void aCacheRecordedForAnotherJarIsIgnored() throws Exception {
    long size = Files.size(cache());
    // the JVM checks the jar's time stamp against the one it recorded, and refuses the cache
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3_600)));
    selectsCleanly();
    assertThat(Files.size(cache())).isEqualTo(size);
  }

  @Test
  @Order(3)
  void aCorruptCacheIsIgnored() throws Exception {
    Files.write(cache(), garbage());
    selectsCleanly();
    assertThat(Files.readAllBytes(cache())).isEqualTo(garbage());
  }

  @Test
  @Order(4)
  void aJarNewerThanTheCacheIsRecordedAgain() throws Exception {
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
    selectsCleanly();
    assertThat(Files.getLastModifiedTime(cache())).isGreaterThan(Files.getLastModifiedTime(jar));
    assertThat(Files.readAllBytes(cache())).isNotEmpty().isNotEqualTo(garbage());
  }

  @Test
  @Order(5)
  void parallelFirstRunsRecordItOnce() throws Exception {
    Files.delete(cache());
    List<Process> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) runs.add(select("p" + i));
    for (int i = 0; i < runs.size(); i++) succeededCleanly(runs.get(i), "p" + i);
    assertThat(Files.size(cache())).isPositive();
  }

  @Test
  @Order(6)
  void aFailedRecordingIsNotRetriedUntilTheJarChanges() throws Exception {
    Files.write(cache(), new byte[0]);
    selectsCleanly();
    assertThat(Files.size(cache())).isZero();
  }

  private static byte[] garbage() {
    byte[] bytes = new byte[100_000];
    new SplittableRandom(2).nextBytes(bytes);
    return bytes;
  }

  /** The cache of this JDK beside the jar. */
  private static Path cache() throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.toString().endsWith(".aot")).findFirst()
          .orElse(target.resolve("none.aot"));
    }
  }

  private static void selectsCleanly() throws Exception {
    succeededCleanly(select("s"), "s");
  }

  /** Starts {@code coreset select} writing NAME.npy, its stderr to NAME.err. */
  private static Process select(String name) throws IOException {
    Path out = root.resolve(name + ".npy");
    Files.deleteIfExists(out);
    ProcessBuilder b = new ProcessBuilder(root.resolve("coreset").toString(), "select", "--quiet",
        "--input", "x=" + root.resolve("x.npy"), "--method", "kcenter", "--size", "10", "--out", out.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(root.resolve(name + ".err").toFile());
    b.environment().put("JAVA_HOME", JAVA_HOME);
    b.environment().remove("CORESET_JAVA_OPTS");
    return b.start();
  }

  private static void succeededCleanly(Process p, String name) throws Exception {
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
    assertThat(Files.readString(root.resolve(name + ".err"), StandardCharsets.UTF_8)).as("stderr").isEmpty();
    assertThat(p.exitValue()).isZero();
    assertThat(root.resolve(name + ".npy")).exists();
  }
}
