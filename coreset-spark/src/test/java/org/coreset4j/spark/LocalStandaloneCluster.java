package org.coreset4j.spark;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A Spark standalone master and workers (1 core, 1 GiB each), every one a separate JVM on
 * 127.0.0.1, run from the Spark jars of the test classpath: SPARK_HOME is a folder whose jars/
 * links to the classpath's jar files, from which workers also build their executors' classpath.
 */
final class LocalStandaloneCluster implements AutoCloseable {
  /** Every JVM here gets the module's flags and these: one core, quick start-up. */
  private static final List<String> SMALL_JVM = List.of("-XX:ActiveProcessorCount=1", "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final Map<String, String> env;
  private final String url;
  private final List<JvmProcess> processes = new ArrayList<>();
  private final List<JvmProcess> workers = new ArrayList<>();
  private JvmProcess master;

  private LocalStandaloneCluster(Path dir) throws IOException {
    this.dir = dir;
    Path home = Files.createDirectories(dir.resolve("spark-home"));
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (Path jar : classpath().filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p)).toList()) {
      Path link = jars.resolve(jar.getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    // Without a Spark build folder, the launcher needs the Scala version named.
    env = Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.13",
        "SPARK_CONF_DIR", home.resolve("conf").toString(), "SPARK_LOCAL_IP", "127.0.0.1",
        "SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local")).toString(),
        "JAVA_HOME", JvmProcess.javaHome().toString());
    url = "spark://127.0.0.1:" + freePort();
  }

  /** Starts a master and {@code workers} workers; {@link #awaitReady} waits for them. */
  static LocalStandaloneCluster start(Path dir, int workers) throws IOException, InterruptedException {
    LocalStandaloneCluster c = new LocalStandaloneCluster(dir);
    try {
      String port = c.url.substring(c.url.lastIndexOf(':') + 1);
      c.master = c.daemon("master", "org.apache.spark.deploy.master.Master",
          List.of("--host", "127.0.0.1", "--port", port, "--webui-port", "0"));
      for (int i = 0; i < workers; i++) {
        c.workers.add(c.daemon("worker-" + i, "org.apache.spark.deploy.worker.Worker",
            List.of("--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", "0",
                "--work-dir", Files.createDirectories(dir.resolve("work-" + i)).toString(), c.url)));
      }
      return c;
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** Waits until the master leads and every worker is registered with it. */
  void awaitReady() throws InterruptedException {
    await(master, "I have been elected leader");
    for (JvmProcess w : workers) {
      await(w, "Successfully registered with master");
    }
  }

  private JvmProcess daemon(String name, String mainClass, List<String> args) throws IOException {
    return started(JvmProcess.start(name, dir, jvmOptions("-Xmx256m", "-Dspark.master.rest.enabled=false"),
        classpathOfJars(), mainClass, args, env));
  }

  private void await(JvmProcess p, String line) throws InterruptedException {
    if (!p.awaitLine(l -> l.contains(line), START_TIMEOUT)) {
      throw new AssertionError(p.name() + " did not log '" + line + "' within " + START_TIMEOUT + "\n" + tails());
    }
  }

  private JvmProcess started(JvmProcess p) {
    processes.add(p);
    return p;
  }

  JvmProcess worker(int i) {
    return workers.get(i);
  }

  /**
   * Starts {@code spark-submit} (client mode, the driver in that JVM) of {@code mainClass} in
   * {@code appJar}; executors get the module's JVM flags and 512 MiB.
   */
  JvmProcess submit(String name, Path appJar, String mainClass, Map<String, String> conf, List<String> args)
      throws IOException {
    List<String> submit = new ArrayList<>(List.of("--master", url, "--deploy-mode", "client", "--class", mainClass,
        "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", jvmOptions()),
        "--conf", "spark.executor.memory=512m", "--conf", "spark.ui.enabled=false",
        // Start only when every worker's executor is there, so that all of them run tasks.
        "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
        "--conf", "spark.scheduler.maxRegisteredResourcesWaitingTime=" + START_TIMEOUT.toSeconds() + "s"));
    conf.forEach((k, v) -> submit.addAll(List.of("--conf", k + "=" + v)));
    submit.add(appJar.toString());
    submit.addAll(args);
    return started(JvmProcess.start(name, dir, jvmOptions("-Xmx512m"), classpathOfJars(),
        "org.apache.spark.deploy.SparkSubmit", submit, env));
  }

  /** The last log lines of every process started, for failure messages. */
  String tails() {
    return String.join("\n", processes.stream().map(JvmProcess::tail).toList());
  }

  /** Kills every process started here (and the executors of the workers), also when one does not end. */
  @Override
  public void close() throws InterruptedException {
    IllegalStateException failed = null;
    for (JvmProcess p : processes.reversed()) {
      try {
        p.kill();
      } catch (IllegalStateException e) {
        failed = failed == null ? e : failed;
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  /**
   * Writes the application jar: the class folders of the classpath (this project's modules, not
   * their tests); the first of two equal entry names wins.
   */
  static Path applicationJar(Path jar) throws IOException {
    Set<String> names = new HashSet<>();
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      List<Path> folders = classpath().filter(p -> p.endsWith("classes") && Files.isDirectory(p)).toList();
      for (Path classes : folders) {
        try (Stream<Path> files = Files.walk(classes)) {
          for (Path f : files.filter(Files::isRegularFile).toList()) {
            String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
            if (names.add(name)) {
              out.putNextEntry(new JarEntry(name));
              Files.copy(f, out);
              out.closeEntry();
            }
          }
        }
      }
    }
    return jar;
  }

  private static List<String> jvmOptions(String... more) {
    List<String> options = new ArrayList<>(JvmProcess.moduleFlags());
    options.addAll(SMALL_JVM);
    options.addAll(List.of(more));
    return options;
  }

  private String classpathOfJars() {
    return env.get("SPARK_HOME") + "/jars/*";
  }

  private static Stream<Path> classpath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
