package org.coreset4j.selection.dq;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;

/**
 * The exact greedy rule over a set of pool samples whose gains are known within bounds.
 *
 * <p>Every gain is tracked with a rigorous error bound. Now and then one pass recomputes all gains
 * in float64 from the model's running sums; in between, each pick updates every gain in O(1) from
 * the float32 inner products of the pick with the set, which a {@link ProductCache} computes by
 * GEMM for batches of the best-ranked samples. The same pass finds the best lower bound and the
 * best upper bound of the other samples, so a pick is usually certified without a second look;
 * otherwise the samples whose upper bound reaches the best lower bound are compared by their exact
 * float64 gains (ties to the lowest position, which is the lowest id).
 */
final class ActivePool {
  /** Positions per task of the per-pick pass (one task below this size). */
  private static final int CHUNK = 16384;
  /** Positions per task of a refresh, which costs a float64 inner product per sample. */
  private static final int REFRESH_CHUNK = 2048;
  /** Picks between two refreshes of every bound. */
  private static final int REFRESH = 256;
  /** A certification comparing more exact gains than this triggers an early refresh. */
  private static final int MAX_CONTENDERS = 16;
  /** Sets at least this large drop their picked samples once a quarter of them are picked. */
  private static final int MIN_COMPACT = 512;

  private final GainModel model;
  /** Per position (the first m entries are in use, in ascending id order): */
  private final int[] ids;
  private final int[] origin;
  private final boolean[] alive;
  private final double[] rowTerm;
  /** gain(p) is within approx[p] +- (error[p] + drift). */
  private final double[] approx;
  private final double[] error;
  private int m;
  private int picked;
  private FloatMatrix rows;
  private final Parallel parallel;
  private final ProductCache cache;
  private final int batch;
  private double drift;
  /** A bound of every |approx[p]|, for the rounding of the updates. */
  private double magnitude;
  private Scan latest;
  private int sinceRefresh;
  private int lastContenders;
  private double lastLower;

  /**
   * The samples {@code ids} (ascending) with transformed rows {@code rows}; their gains lie within
   * approx +- error (arrays taken over). Products are cached in {@code cache}, {@code batch} at a time.
   */
  ActivePool(GainModel model, int[] ids, FloatMatrix rows, double[] rowTerm, double[] approx, double[] error,
      ProductCache cache, int batch, Parallel parallel) {
    this.model = model;
    this.ids = ids;
    this.m = ids.length;
    this.origin = new int[m];
    Arrays.setAll(origin, p -> p);
    this.rows = rows;
    this.alive = new boolean[m];
    Arrays.fill(alive, true);
    this.rowTerm = rowTerm;
    this.approx = approx;
    this.error = error;
    this.parallel = parallel;
    this.cache = cache;
    this.batch = batch;
    cache.reset(rows);
    rescan();
  }

  /** A certified lower bound of the gain of the last pick when it was made. */
  double lastLower() {
    return lastLower;
  }

  /**
   * Writes the bounds of the samples not picked yet into approx[to[k]] and error[to[k]], k their
   * position when the set was made.
   */
  void copyBounds(int[] to, double[] approxOut, double[] errorOut) {
    for (int p = 0; p < m; p++) {
      if (alive[p]) {
        approxOut[to[origin[p]]] = approx[p];
        errorOut[to[origin[p]]] = error[p] + drift;
      }
    }
  }

  /**
   * Makes the next exact pick (it joins the model's S) and returns its position when the set was
   * made. Bounds are
   * refreshed every {@link #REFRESH} picks or when a certification needed many exact gains; the
   * products of a batch of the best uncached samples are computed whenever the pick is not cached.
   */
  int pickNext() {
    if (m >= MIN_COMPACT && 4 * picked > m) {
      compact();
    }
    if (sinceRefresh >= REFRESH || (lastContenders > MAX_CONTENDERS && sinceRefresh >= REFRESH / 8)) {
      refresh();
    }
    int best = certifiedArgmax();
    if (!cache.has(best)) {
      cache.ensure(withBest(best, topUncached(batch - 1)), approx, parallel);
    }
    int s = ids[best];
    alive[best] = false;
    picked++;
    model.add(s);
    double change = model.changeMagnitude(s);
    // the float64 update adds at most a few roundings of |approx| + |change| (Higham 2.4)
    drift += model.changeError(s) + 4 * Rounding.DOUBLE * (magnitude + change);
    magnitude += change;
    update(cache.products(best), model.pickTerm(s), model.productScale());
    cache.release(best);
    sinceRefresh++;
    return origin[best];
  }

  /**
   * Drops the picked samples from every per-position array, the rows and the cached products, so
   * the GEMMs stop computing products nobody needs. Order, and so the tie rule, is kept.
   */
  private void compact() {
    int[] moved = new int[m];
    int q = 0;
    for (int p = 0; p < m; p++) {
      if (!alive[p]) {
        moved[p] = -1;
        continue;
      }
      moved[p] = q;
      if (q != p) {
        MemorySegment.copy(rows.segment(), rows.rowOffset(p), rows.segment(), rows.rowOffset(q),
            rows.rowOffset(1));
        ids[q] = ids[p];
        origin[q] = origin[p];
        rowTerm[q] = rowTerm[p];
        approx[q] = approx[p];
        error[q] = error[p];
      }
      q++;
    }
    Arrays.fill(alive, 0, q, true);
    Arrays.fill(alive, q, m, false);
    m = q;
    picked = 0;
    rows = new FloatMatrix(rows.segment().asSlice(0, rows.rowOffset(m)), m, rows.cols());
    cache.compact(moved, rows);
    rescan();
  }

  /** Adds the change of the pick (whose products with the set are {@code column}) to every gain. */
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

  /** Finds the bound maxima and |approx| of the current bounds. */
  private void rescan() {
    Scan scan = new Scan();
    for (int p = 0; p < m; p++) {
      scan.add(p, approx[p] - error[p], approx[p] + error[p]);
      scan.largest = Math.max(scan.largest, Math.abs(approx[p]) + error[p]);
    }
    latest = scan;
    magnitude = scan.largest;
  }

  /** Recomputes every alive gain in float64 from the running sums, resetting the error bounds. */
  private void refresh() {
    latest = refresh(model, ids, m, alive, approx, error, parallel);
    magnitude = latest.largest;
    drift = 0;
    sinceRefresh = 0;
  }

  /**
   * Sets approx and error of every alive position below m from the model's float64 gains and returns
   * the maxima of the new bounds.
   */
  static Scan refresh(GainModel model, int[] ids, int m, boolean[] alive, double[] approx, double[] error,
      Parallel parallel) {
    model.beginRefresh();
    Scan[] parts = new Scan[Parallel.chunkCount(m, REFRESH_CHUNK)];
    parallel.forChunks(m, REFRESH_CHUNK, (chunk, from, to) -> {
      Scan scan = new Scan();
      for (int p = from; p < to; p++) {
        if (alive[p]) {
          double a = model.gain(ids[p]);
          double e = model.gainError(ids[p]);
          approx[p] = a;
          error[p] = e;
          scan.add(p, a - e, a + e);
          scan.largest = Math.max(scan.largest, Math.abs(a) + e);
        }
      }
      parts[chunk] = scan;
    });
    return Scan.merged(parts);
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
   * ties to the lowest position.
   */
  private int certifiedArgmax() {
    double bound = latest.bestLower - drift;
    if (latest.otherUpper() + drift < bound) {
      lastContenders = 1;
      lastLower = bound;
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
    model.beginRefresh();
    lastLower = Math.max(bound, bestGain - model.gainError(ids[best]));
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
