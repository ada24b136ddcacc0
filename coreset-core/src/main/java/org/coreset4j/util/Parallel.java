package org.coreset4j.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Deterministic data parallelism. Work over [0, n) is cut into chunks whose boundaries depend only
 * on n and the chunk size, never on the thread count, and per-chunk results are combined in chunk
 * order. So every result is bit-identical for any number of threads.
 */
public final class Parallel implements AutoCloseable {
  /** A body that processes rows [from, to) of chunk number {@code chunk}. */
  @FunctionalInterface
  public interface ChunkBody {
    void run(int chunk, int from, int to);
  }

  private final int threads;
  private final ExecutorService pool;

  public Parallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "coreset4j-worker");
      t.setDaemon(true);
      return t;
    });
  }

  /** One thread per available processor. */
  public static Parallel defaults() {
    return new Parallel(Runtime.getRuntime().availableProcessors());
  }

  public int threads() {
    return threads;
  }

  /** Number of chunks of size {@code chunk} covering [0, n). */
  public static int chunkCount(int n, int chunk) {
    return (int) (((long) n + chunk - 1) / chunk);
  }

  /** Runs {@code body} over [0, n) in fixed chunks of {@code chunk} rows; returns when all finish. */
  public void forChunks(int n, int chunk, ChunkBody body) {
    int chunks = chunkCount(n, chunk);
    if (pool == null || chunks <= 1) {
      for (int c = 0; c < chunks; c++) {
        body.run(c, c * chunk, (int) Math.min(n, (long) (c + 1) * chunk));
      }
      return;
    }
    List<Future<?>> futures = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      final int cc = c;
      futures.add(pool.submit(() -> body.run(cc, cc * chunk, (int) Math.min(n, (long) (cc + 1) * chunk))));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
