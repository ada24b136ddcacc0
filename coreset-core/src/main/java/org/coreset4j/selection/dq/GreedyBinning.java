package org.coreset4j.selection.dq;

import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Builds the DQ bins one after another with the exact greedy rule, in O(N D) memory.
 *
 * <p>Every gain of the pool is tracked in float32 arithmetic with a rigorous error bound. A window
 * starts with one pass computing all gains from the running sums, then makes sure the samples with
 * the highest gains have their inner products with the whole pool cached ({@link ProductCache}:
 * computed by GEMM in batches and kept for the rest of the bin). Each pick then updates every gain
 * in O(1) from its cached inner products. Every pick is certified: the samples whose upper bound
 * reaches the best lower bound are compared by their exact float64 gains (ties to the lowest id),
 * so the picks are those of the plain greedy rule. When the certified pick is not cached, the
 * window closes. The candidate count changes speed only, never the picks.
 */
public final class GreedyBinning {
  private static final int CHUNK = 4096;
  /** Samples whose products are cached at the start of a window (measured best on 10k x 768). */
  private static final int CANDIDATES = 256;
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
      Bin state = new Bin(model, pool, poolSize, parallel);
      int done = 0;
      while (done < target) {
        int made = state.window(Math.min(CANDIDATES, poolSize - done), target - done, b, bin, order, picked);
        picked += made;
        done += made;
        progress.advance(made);
      }
      poolSize = removeBinned(pool, poolSize, bin);
    }
    progress.finish();
    return new Result(bin, Arrays.copyOf(order, picked));
  }

  /** The float32 state of one bin: transformed rows by pool position, bounds of every gain. */
  private static final class Bin {
    private final GainModel model;
    private final int[] ids;
    private final int m;
    private final FloatMatrix rows;
    private final boolean[] alive;
    private final double[] approx;
    private final double[] error;
    private final Parallel parallel;
    private final ProductCache cache;

    Bin(GainModel model, int[] pool, int size, Parallel parallel) {
      this.model = model;
      this.ids = Arrays.copyOf(pool, size);
      this.m = size;
      this.rows = model.startBin(ids, size);
      this.alive = new boolean[size];
      Arrays.fill(alive, true);
      this.approx = new double[size];
      this.error = new double[size];
      this.parallel = parallel;
      this.cache = new ProductCache(rows, (int) Math.max(1, Math.min(size, MAX_PRODUCTS / size)));
    }

    /**
     * One window of at most {@code limit} picks: refresh every bound, cache the products of the top
     * {@code k} samples, then pick while the certified argmax is cached. Returns the picks made.
     */
    int window(int k, int limit, int b, int[] bin, int[] order, int offset) {
      model.openWindow();
      parallel.forChunks(m, CHUNK, (chunk, from, to) -> {
        for (int p = from; p < to; p++) {
          if (alive[p]) {
            approx[p] = model.approximateGain(rows, p, ids[p]);
            error[p] = model.approximationError(ids[p]);
          }
        }
      });
      cache.ensure(topAlive(Math.min(k, cache.capacity())), approx, parallel);
      int made = 0;
      float[] column = new float[m];
      while (made < limit) {
        int best = certifiedArgmax();
        if (!cache.has(best)) {
          if (made > 0) {
            break;
          }
          cache.ensure(new int[] {best}, approx, parallel);
        }
        cache.copy(best, column);
        cache.release(best);
        int s = ids[best];
        alive[best] = false;
        bin[s] = b;
        order[offset + made++] = s;
        model.add(s);
        parallel.forChunks(m, CHUNK, (chunk, from, to) -> {
          for (int p = from; p < to; p++) {
            if (alive[p]) {
              approx[p] += model.approximateChange(ids[p], s, column[p]);
              error[p] += model.changeError(ids[p], s);
            }
          }
        });
      }
      return made;
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

    /** Positions of the k alive samples with the highest approximate gain, ascending. */
    private int[] topAlive(int k) {
      int count = 0;
      for (boolean a : alive) {
        if (a) {
          count++;
        }
      }
      double[] values = new double[count];
      int[] pos = new int[count];
      for (int p = 0, c = 0; p < m; p++) {
        if (alive[p]) {
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
