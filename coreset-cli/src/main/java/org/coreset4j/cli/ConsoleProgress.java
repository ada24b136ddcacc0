package org.coreset4j.cli;

import java.io.PrintStream;
import org.coreset4j.util.Progress;

/**
 * A progress bar on stderr, redrawn at most ten times a second:
 * {@code DQ bins [########            ]  41%  4,100/10,000  2.1s  eta 3.0s}. Only used when stderr is
 * a terminal and --quiet is not given.
 */
final class ConsoleProgress implements Progress {
  private static final int WIDTH = 28;
  private final PrintStream out;
  private String stage = "";
  private long total;
  private long done;
  private long started;
  private long lastDraw;

  ConsoleProgress(PrintStream out) {
    this.out = out;
  }

  /**
   * A bar when not quiet and stderr is a terminal (the launcher sets CORESET_PROGRESS=1 then, or
   * the JVM sees a terminal console), else nothing.
   */
  static Progress forTerminal(boolean quiet) {
    java.io.Console console = System.console();
    boolean terminal = "1".equals(System.getenv("CORESET_PROGRESS")) || (console != null && console.isTerminal());
    return !quiet && terminal ? new ConsoleProgress(System.err) : Progress.NONE;
  }

  @Override
  public synchronized void start(String name, long steps) {
    stage = name;
    total = steps;
    done = 0;
    started = System.nanoTime();
    lastDraw = 0;
    draw();
  }

  @Override
  public synchronized void advance(long steps) {
    done += steps;
    long now = System.nanoTime();
    if (now - lastDraw > 100_000_000L) {
      lastDraw = now;
      draw();
    }
  }

  @Override
  public synchronized void finish() {
    done = total;
    draw();
    out.print('\n');
    out.flush();
  }

  private void draw() {
    double elapsed = (System.nanoTime() - started) / 1e9;
    StringBuilder line = new StringBuilder("\r").append(stage).append(' ');
    if (total > 0) {
      double f = Math.min(1, done / (double) total);
      int filled = (int) Math.round(f * WIDTH);
      line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append(']');
      line.append(String.format(" %3d%%  %,d/%,d  %.1fs", Math.round(100 * f), done, total, elapsed));
      if (done > 0 && done < total) {
        line.append(String.format("  eta %.1fs", elapsed * (total - done) / done));
      }
    } else {
      line.append(String.format("%,d  %.1fs", done, elapsed));
    }
    out.print(line.append("\u001b[K"));
    out.flush();
  }
}
