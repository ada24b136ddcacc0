package org.coreset4j.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** A JVM started from this one's java binary, its output (stdout and stderr) in a log file. */
record JvmProcess(String name, Process process, Path logFile) {
  private static final Path JAVA = Path.of(ProcessHandle.current().info().command().orElseThrow());

  /** The JDK this JVM runs on. */
  static Path javaHome() {
    return JAVA.getParent().getParent();
  }

  /** The JVM options the module's JVMs need (surefire passes them as {@code coreset.jvm.flags}). */
  static List<String> moduleFlags() {
    String flags = System.getProperty("coreset.jvm.flags");
    if (flags == null) {
      throw new IllegalStateException("system property coreset.jvm.flags is not set (the build's surefire sets it)");
    }
    return Arrays.asList(flags.trim().split("\\s+"));
  }

  static JvmProcess start(String name, Path logDir, List<String> jvmOptions, String classpath, String mainClass,
      List<String> args, Map<String, String> env) throws IOException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath, mainClass));
    command.addAll(args);
    Path log = logDir.resolve(name + ".log");
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    b.environment().putAll(env);
    return new JvmProcess(name, b.start(), log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String log() {
    try {
      return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last lines of the log, headed by the process name, for failure messages. */
  String tail() {
    List<String> lines = log().lines().toList();
    return "--- " + name + " (last 40 lines) ---\n"
        + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /**
   * Waits until a log line matches; false when the process exits or the timeout passes first.
   */
  boolean awaitLine(Predicate<String> line, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      boolean alive = process.isAlive();
      if (log().lines().anyMatch(line)) {
        return true;
      }
      if (!alive) {
        return false;
      }
      Thread.sleep(100);
    }
    return false;
  }

  /** The exit code, or empty when the process runs past the timeout. */
  OptionalInt awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
  }

  /** Kills the process and the processes it started (a worker's executors) at once, and waits for them. */
  void kill() throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException(name + ": process " + p.pid() + " did not end", e);
      }
    }
  }
}
