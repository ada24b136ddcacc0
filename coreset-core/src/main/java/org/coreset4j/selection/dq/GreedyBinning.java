package org.coreset4j.selection.dq;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Builds the DQ bins one after another with the exact greedy rule, in O(N D) memory.
 *
 * <p>Every gain of the pool is tracked with a rigorous error bound. Now and then one pass
 * recomputes all gains in float64 from the running sums; in between, each pick updates every gain
 * in O(1) from the float32 inner products of the pick with the pool, which a {@link ProductCache}
 * computes by GEMM for batches of the best-ranked samples. The same pass finds the best lower
 * bound and the best upper bound of the other samples, so a pick is usually certified without a
 * second look at the pool; otherwise the samples whose upper bound reaches the best lower bound
 * are compared by their exact float64 gains (ties to the lowest id). So the picks are those of
 * the plain greedy rule; batch size and refresh interval change speed only, never the picks.
 */
public final class GreedyBinning {
  /** Pool positions per task of the per-pick pass (one task below this pool size). */
  private static final int CHUNK = 16384;
  /** Pool positions per task of a refresh, which costs a float64 inner product per sample. */
  private static final int REFRESH_CHUNK = 2048;
  /** Uncached samples whose products one GEMM computes (64 measured best on 10k x 768). */
  private static final int BATCH = 64;
  /** Picks between two refreshes of every bound. */
  private static final int REFRESH = 256;
  /** A certification comparing more exact gains than this triggers an early refresh. */
  private static final int MAX_CONTENDERS = 16;
  /** At most this many float32 inner products are cached (128 MiB), but at least a batch and a pick. */
  private static final long MAX_PRODUCTS = 1L << 25;

  /** bin[i] of every sample (-1 if never binned), and the binned samples in pick order. */
  public record Result(int[] bin, int[] order) {}

  private GreedyBinning() {}

  /** Bins the n rows (of width {@code width} once transformed) of the model into {@code bins} bins. */
  static Result run(GainModel model, int n, int width, int bins, Parallel parallel, Progress progress) {
    int per = n / bins;
    int[] bin = new int[n];
    Arrays.fill(bin, -1);
    int[] order = new int[n];
    int picked = 0;
    int[] pool = new int[n];
    Arrays.setAll(pool, i -> i);
    int poolSize = n;
    progress.start("DQ bins", n);
    try (Arena arena = Arena.ofShared()) {
      FloatMatrix rows = FloatMatrix.allocateNative(arena, n, width);
      int capacity = (int) Math.min(n, Math.max(BATCH + 1, MAX_PRODUCTS / n));
      ProductCache cache = new ProductCache(capacity, n, width, BATCH + 1, arena);
      for (int b = 0; b < bins; b++) {
        int target = b == bins - 1 ? poolSize : per;
        Bin state = new Bin(model, pool, poolSize, rows, cache, parallel);
        for (int done = 0; done < target; done++) {
          order[picked++] = state.pickNext(b, bin);
          progress.advance(1);
        }
        poolSize = removeBinned(pool, poolSize, bin);
      }
    }
    progress.finish();
    return new Result(bin, Arrays.copyOf(order, picked));
  }

  /** Maxima of one pass over the bounds: the best lower bound and the two best upper bounds. */
  private static final class Scan {
    double bestLower = Double.NEGATIVE_INFINITY;
    int best = -1;
    double topUpper = Double.NEGATIVE_INFINITY;
    int top = -1;
    double secondUpper = Double.NEGATIVE_INFINITY;

    /** Position p (visited in ascending order) has a gain in [lower, upper]. */
    void add(int p, double lower, double upper) {
      if (lower > bestLower) {
        bestLower = lower;
        best = p;
      }
      if (upper > topUpper) {
        secondUpper = topUpper;
        topUpper = upper;
        top = p;
      } else if (upper > secondUpper) {
        secondUpper = upper;
      }
    }

    /** Folds in the scan of later positions. */
    void merge(Scan later) {
      if (later.bestLower > bestLower) {
        bestLower = later.bestLower;
        best = later.best;
      }
      if (later.topUpper > topUpper) {
        secondUpper = Math.max(topUpper, later.secondUpper);
        topUpper = later.topUpper;
        top = later.top;
      } else {
        secondUpper = Math.max(secondUpper, later.topUpper);
      }
    }

    /** The best upper bound among the positions other than {@link #best}. */
    double otherUpper() {
      return top == best ? secondUpper : topUpper;
    }

    static Scan merged(Scan[] parts) {
      Scan all = new Scan();
      for (Scan s : parts) {
        all.merge(s);
      }
      return all;
    }
  }

  /** The float32 state of one bin: transformed rows by pool position, bounds of every gain. */
  private static final class Bin {
    private final GainModel model;
    private final int[] ids;
    private final int m;
    private final FloatMatrix rows;
    private final boolean[] alive;
    private final double[] rowTerm;
    /** gain(p) is within approx[p] +- (error[p] + drift). */
    private final double[] approx;
    private final double[] error;
    private final Parallel parallel;
    private final ProductCache cache;
    /** The error bound added to every gain since the last refresh. */
    private double drift;
    /** A bound of every |approx[p]|, for the rounding of the updates. */
    private double magnitude;
    private Scan latest;
    private int sinceRefresh = Integer.MAX_VALUE;
    private int lastContenders;

    Bin(GainModel model, int[] pool, int size, FloatMatrix workspace, ProductCache cache, Parallel parallel) {
      this.model = model;
      this.ids = Arrays.copyOf(pool, size);
      this.m = size;
      this.rows = new FloatMatrix(workspace.segment().asSlice(0, workspace.rowOffset(size)), size, workspace.cols());
      model.startBin(ids, size, rows);
      this.alive = new boolean[size];
      Arrays.fill(alive, true);
      this.rowTerm = new double[size];
      Arrays.setAll(rowTerm, p -> model.rowTerm(ids[p]));
      this.approx = new double[size];
      this.error = new double[size];
      this.parallel = parallel;
      this.cache = cache;
      cache.reset(rows);
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
      int s = ids[best];
      alive[best] = false;
      bin[s] = b;
      model.add(s);
      double change = model.changeMagnitude(s);
      // the float64 update adds at most a few roundings of |approx| + |change| (Higham 2.4)
      drift += model.changeError(s) + 4 * Rounding.DOUBLE * (magnitude + change);
      magnitude += change;
      update(cache.products(best), model.pickTerm(s), model.productScale());
      cache.release(best);
      sinceRefresh++;
      return s;
    }

    /** Adds the change of the pick (whose products with the pool are {@code column}) to every gain. */
    private void update(MemorySegment column, double pickTerm, double scale) {
      Scan[] parts = new Scan[Parallel.chunkCount(m, CHUNK)];
      parallel.forChunks(m, CHUNK, (chunk, from, to) -> {
        Scan scan = new Scan();
        for (int p = from; p < to; p++) {
          if (alive[p]) {
            double a = approx[p] + (rowTerm[p] + pickTerm + scale * column.getAtIndex(FloatMatrix.F32, p));
            approx[p] = a;
            scan.add(p, a - error[p], a + error[p]);
          }
        }
        parts[chunk] = scan;
      });
      latest = Scan.merged(parts);
    }

    /** Recomputes every alive gain in float64 from the running sums, resetting the error bounds. */
    private void refresh() {
      model.beginRefresh();
      Scan[] parts = new Scan[Parallel.chunkCount(m, REFRESH_CHUNK)];
      double[] largest = new double[parts.length];
      parallel.forChunks(m, REFRESH_CHUNK, (chunk, from, to) -> {
        Scan scan = new Scan();
        double max = 0;
        for (int p = from; p < to; p++) {
          if (alive[p]) {
            double a = model.gain(ids[p]);
            double e = model.gainError(ids[p]);
            approx[p] = a;
            error[p] = e;
            scan.add(p, a - e, a + e);
            max = Math.max(max, Math.abs(a) + e);
          }
        }
        parts[chunk] = scan;
        largest[chunk] = max;
      });
      latest = Scan.merged(parts);
      magnitude = Arrays.stream(largest).max().orElse(0);
      drift = 0;
      sinceRefresh = 0;
    }

    private static int[] withBest(int best, int[] batch) {
      for (int p : batch) {
        if (p == best) {
          return batch;
        }
      }
      int[] out = Arrays.copyOf(batch, batch.length + 1);
      out[batch.length] = best;
      return out;
    }

    /**
     * The position of the exact argmax. Certified at once when no other upper bound reaches the best
     * lower bound; else every sample whose upper bound reaches it is compared by its float64 gain,
     * ties to the lowest position (= lowest id).
     */
    private int certifiedArgmax() {
      double bound = latest.bestLower - drift;
      if (latest.otherUpper() + drift < bound) {
        lastContenders = 1;
        return latest.best;
      }
      int best = -1;
      double bestGain = Double.NEGATIVE_INFINITY;
      int contenders = 0;
      for (int p = 0; p < m; p++) {
        if (alive[p] && approx[p] + error[p] + drift >= bound) {
          contenders++;
          double g = model.gain(ids[p]);
          if (best < 0 || g > bestGain) {
            best = p;
            bestGain = g;
          }
        }
      }
      lastContenders = contenders;
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
