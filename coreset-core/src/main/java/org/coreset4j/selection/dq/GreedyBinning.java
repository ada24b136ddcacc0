package org.coreset4j.selection.dq;

import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Builds the DQ bins one after another with the exact greedy rule, in O(N D) memory.
 *
 * <p>Every gain of the pool is tracked with a rigorous error bound. Now and then one pass
 * recomputes all gains in float64 from the running sums; in between, each pick updates every gain
 * in O(1) from the float32 inner products of the pick with the pool,
 * which a {@link ProductCache} computes by GEMM for batches of the best-ranked samples and keeps for
 * the rest of the bin. Every pick is certified: the samples whose upper bound reaches the best lower
 * bound are compared by their exact float64 gains (ties to the lowest id), so the picks are those of
 * the plain greedy rule. Batch size and refresh interval change speed only, never the picks.
 */
public final class GreedyBinning {
  private static final int CHUNK = 4096;
  /** Uncached samples whose products one GEMM computes (64 measured best on 10k x 768). */
  private static final int BATCH = 64;
  /** Picks between two refreshes of every bound. */
  private static final int REFRESH = 128;
  /** A certification comparing more exact gains than this triggers an early refresh. */
  private static final int MAX_CONTENDERS = 16;
  /** At most this many float32 inner products are cached per bin (128 MiB). */
  private static final long MAX_PRODUCTS = 1L << 25;

  /** bin[i] of every sample (-1 if never binned), and the binned samples in pick order. */
  public record Result(int[] bin, int[] order) {}

  private GreedyBinning() {}

  static Result run(GainModel model, int n, int bins, Parallel parallel, Progress progress) {
    int per = n / bins;
    int[] bin = new int[n];
    Arrays.fill(bin, -1);
    int[] order = new int[n];
    int picked = 0;
    int[] pool = new int[n];
    Arrays.setAll(pool, i -> i);
    int poolSize = n;
    progress.start("DQ bins", n);
    for (int b = 0; b < bins; b++) {
      int target = b == bins - 1 ? poolSize : per;
      try (Bin state = new Bin(model, pool, poolSize, parallel)) {
        for (int done = 0; done < target; done++) {
          order[picked++] = state.pickNext(b, bin);
          progress.advance(1);
        }
      }
      poolSize = removeBinned(pool, poolSize, bin);
    }
    progress.finish();
    return new Result(bin, Arrays.copyOf(order, picked));
  }

  /** The float32 state of one bin: transformed rows by pool position, bounds of every gain. */
  private static final class Bin implements AutoCloseable {
    private final GainModel model;
    private final int[] ids;
    private final int m;
    private final FloatMatrix rows;
    private final boolean[] alive;
    private final double[] approx;
    private final double[] error;
    private final Parallel parallel;
    private final ProductCache cache;
    private final float[] column;
    private int sinceRefresh = Integer.MAX_VALUE;
    private int lastContenders;

    /** The bin's native buffers (transformed rows, cached products), freed when the bin ends. */
    private final java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofShared();

    Bin(GainModel model, int[] pool, int size, Parallel parallel) {
      this.model = model;
      this.ids = Arrays.copyOf(pool, size);
      this.m = size;
      this.rows = model.startBin(ids, size, arena);
      this.alive = new boolean[size];
      Arrays.fill(alive, true);
      this.approx = new double[size];
      this.error = new double[size];
      this.parallel = parallel;
      this.cache = new ProductCache(rows, (int) Math.max(BATCH + 1, Math.min(size, MAX_PRODUCTS / size)), BATCH + 1,
          arena);
      this.column = new float[size];
    }

    @Override
    public void close() {
      arena.close();
    }

    /**
     * Makes the next exact pick of bin b and returns its id. Bounds are refreshed from the running
     * sums every {@link #REFRESH} picks or when a certification needed many exact gains; the products
     * of a batch of the best uncached samples are computed whenever the pick is not cached.
     */
    int pickNext(int b, int[] bin) {
      if (sinceRefresh >= REFRESH || (lastContenders > MAX_CONTENDERS && sinceRefresh >= REFRESH / 8)) {
        refresh();
      }
      int best = certifiedArgmax();
      if (!cache.has(best)) {
        cache.ensure(withBest(best, topUncached(BATCH)), approx, parallel);
      }
      cache.copy(best, column);
      cache.release(best);
      int s = ids[best];
      alive[best] = false;
      bin[s] = b;
      model.add(s);
      parallel.forChunks(m, CHUNK, (chunk, from, to) -> {
        for (int p = from; p < to; p++) {
          if (alive[p]) {
            approx[p] += model.approximateChange(ids[p], s, column[p]);
            error[p] += model.changeError(ids[p], s);
          }
        }
      });
      sinceRefresh++;
      return s;
    }

    /** Recomputes every alive gain exactly (float64) from the running sums, resetting the error bounds. */
    private void refresh() {
      model.beginRefresh();
      parallel.forChunks(m, CHUNK, (chunk, from, to) -> {
        for (int p = from; p < to; p++) {
          if (alive[p]) {
            approx[p] = model.gain(ids[p]);
            error[p] = model.gainError(ids[p]);
          }
        }
      });
      sinceRefresh = 0;
    }

    private static int[] withBest(int best, int[] batch) {
      for (int p : batch) {
        if (p == best) {
          return batch;
        }
      }
      int[] out = java.util.Arrays.copyOf(batch, batch.length + 1);
      out[batch.length] = best;
      return out;
    }

    /**
     * The position of the exact argmax: every sample whose upper bound reaches the best lower bound
     * is compared by its float64 gain; ties to the lowest position (= lowest id).
     */
    private int certifiedArgmax() {
      double[] lower = new double[Parallel.chunkCount(m, CHUNK)];
      parallel.forChunks(m, CHUNK, (chunk, from, to) -> {
        double best = Double.NEGATIVE_INFINITY;
        for (int p = from; p < to; p++) {
          if (alive[p]) {
            best = Math.max(best, approx[p] - error[p]);
          }
        }
        lower[chunk] = best;
      });
      double bound = Arrays.stream(lower).max().orElseThrow();
      int first = -1;
      int contenders = 0;
      for (int p = 0; p < m; p++) {
        if (alive[p] && approx[p] + error[p] >= bound) {
          if (first < 0) {
            first = p;
          }
          contenders++;
        }
      }
      lastContenders = contenders;
      if (contenders == 1) {
        return first;
      }
      int best = -1;
      double bestGain = Double.NEGATIVE_INFINITY;
      for (int p = first; p < m; p++) {
        if (alive[p] && approx[p] + error[p] >= bound) {
          double g = model.gain(ids[p]);
          if (best < 0 || g > bestGain) {
            best = p;
            bestGain = g;
          }
        }
      }
      return best;
    }

    /** Positions of the k alive, uncached samples with the highest approximate gain, ascending. */
    private int[] topUncached(int k) {
      int count = 0;
      for (int p = 0; p < m; p++) {
        if (alive[p] && !cache.has(p)) {
          count++;
        }
      }
      double[] values = new double[count];
      int[] pos = new int[count];
      for (int p = 0, c = 0; p < m; p++) {
        if (alive[p] && !cache.has(p)) {
          values[c] = approx[p];
          pos[c++] = p;
        }
      }
      if (k >= count) {
        return pos;
      }
      double threshold = Select.kthLargest(values.clone(), k);
      int[] out = new int[k];
      int c = 0;
      for (int i = 0; i < count; i++) {
        if (values[i] > threshold) {
          out[c++] = pos[i];
        }
      }
      for (int i = 0; i < count && c < k; i++) {
        if (values[i] == threshold) {
          out[c++] = pos[i];
        }
      }
      Arrays.sort(out);
      return out;
    }
  }

  /** Drops binned samples from the ascending id list; returns the new size. */
  private static int removeBinned(int[] ids, int size, int[] bin) {
    int m = 0;
    for (int k = 0; k < size; k++) {
      if (bin[ids[k]] < 0) {
        ids[m++] = ids[k];
      }
    }
    return m;
  }
}
