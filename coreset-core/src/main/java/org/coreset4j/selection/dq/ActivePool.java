package org.coreset4j.selection.dq;

import org.coreset4j.kernels.Rounding;
import org.coreset4j.util.Select;
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
 *
 * <p>The members change between epochs ({@link #reselect}, {@link #resync}) and picked samples are
 * dropped as they accumulate; the cached products of the samples that stay are kept through all of it.
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
  /** Cached rows kept, in batches, when the members are chosen anew. */
  private static final int KEEP_CACHED = 8;
  /** Sets at least this large drop their picked samples once a quarter of them are picked. */
  private static final int MIN_COMPACT = 512;

  /** Where the members come from: ids, transformed rows, row terms and bounds by bin position. */
  record Source(int[] ids, FloatMatrix rows, double[] rowTerm, double[] approx, double[] error) {}

  private final GainModel model;
  private final Source source;
  private final RowBuffer workspace;
  private final Parallel parallel;
  private final ProductCache cache;
  private final int batch;
  /** Per position; the first m are in use, in ascending bin position (= ascending id). */
  private int[] origin;
  private int[] ids;
  private boolean[] alive;
  private double[] rowTerm;
  /** gain(p) is within approx[p] +- (error[p] + drift). */
  private double[] approx;
  private double[] error;
  private int m;
  private int left;
  private int picked;
  private FloatMatrix rows;
  private double drift;
  /** A bound of every |approx[p]|, for the rounding of the updates. */
  private double magnitude;
  private Scan latest;
  private int sinceRefresh;
  private int lastContenders;
  private double lastLower;

  /**
   * The bin positions {@code members} (ascending) of {@code source}, whose bounds are valid now. Their
   * rows are gathered into {@code workspace}; products are cached in {@code cache}, {@code batch} at
   * a time.
   */
  ActivePool(GainModel model, int[] members, Source source, RowBuffer workspace, ProductCache cache, int batch,
      Parallel parallel) {
    this.model = model;
    this.source = source;
    this.workspace = workspace;
    this.parallel = parallel;
    this.cache = cache;
    this.batch = batch;
    this.origin = members.clone();
    this.m = members.length;
    this.left = m;
    this.ids = new int[m];
    this.rowTerm = new double[m];
    this.approx = new double[m];
    this.error = new double[m];
    this.alive = new boolean[m];
    for (int p = 0; p < m; p++) {
      load(p, members[p]);
    }
    this.rows = gatherRows();
    cache.reset(rows);
    rescan();
  }

  /** Position p takes bin position b's sample, with its bounds from the source. */
  private void load(int p, int b) {
    origin[p] = b;
    ids[p] = source.ids()[b];
    rowTerm[p] = source.rowTerm()[b];
    approx[p] = source.approx()[b];
    error[p] = source.error()[b];
    alive[p] = true;
  }

  private FloatMatrix gatherRows() {
    return source.rows().gatherInto(Arrays.copyOf(origin, m), workspace.rows(m));
  }

  /** Members not picked yet. */
  int left() {
    return left;
  }

  /** Clears {@code mask} at the bin positions of the members not picked yet. */
  void clearMembers(boolean[] mask) {
    for (int p = 0; p < m; p++) {
      if (alive[p]) {
        mask[origin[p]] = false;
      }
    }
  }

  /** Writes the bounds of the members not picked yet back into the source. */
  void copyBounds() {
    for (int p = 0; p < m; p++) {
      if (alive[p]) {
        source.approx()[origin[p]] = approx[p];
        source.error()[origin[p]] = error[p] + drift;
      }
    }
  }

  /** A certified lower bound of the gain of the last pick when it was made. */
  double lastLower() {
    return lastLower;
  }

  /**
   * Makes the next exact pick (it joins the model's S) and returns its bin position. Bounds are
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
    left--;
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
   * After the source's later picks were undone and its bounds recomputed: the members still alive
   * there ({@code sourceAlive}) are alive again, with the source's bounds; cached products stay.
   */
  void resync(boolean[] sourceAlive) {
    left = 0;
    for (int p = 0; p < m; p++) {
      alive[p] = sourceAlive[origin[p]];
      if (alive[p]) {
        approx[p] = source.approx()[origin[p]];
        error[p] = source.error()[origin[p]];
        left++;
      }
    }
    picked = m - left;
    drift = 0;
    sinceRefresh = 0;
    lastContenders = 0;
    rescan();
  }

  /** Drops the picked samples, so the GEMMs stop computing products nobody needs. */
  private void compact() {
    rebuild(Arrays.copyOf(alive, m), new int[0]);
  }

  /**
   * Makes {@code members} (ascending bin positions, not picked) the members. The source must hold
   * every member's current bounds ({@link #copyBounds} or {@link #resync} first): those that join
   * take theirs from it, and those that stay keep their bounds and the best-ranked cached products.
   */
  void reselect(int[] members) {
    boolean[] wanted = new boolean[source.ids().length];
    for (int b : members) {
      wanted[b] = true;
    }
    boolean[] stay = new boolean[m];
    boolean[] present = new boolean[wanted.length];
    for (int p = 0; p < m; p++) {
      stay[p] = alive[p] && wanted[origin[p]];
      present[origin[p]] = stay[p];
      if (!stay[p]) {
        cache.release(p);
      }
    }
    cache.trim(KEEP_CACHED * batch, approx);
    rebuild(stay, Arrays.stream(members).filter(b -> !present[b]).toArray());
  }

  /**
   * Keeps the positions p with stay[p] (none cached unless staying) and adds the bin positions
   * {@code newcomers} (ascending, their bounds in the source valid now), merged in ascending order so
   * the tie rule holds. The rows are gathered anew and the cache follows.
   */
  private void rebuild(boolean[] stay, int[] newcomers) {
    int kept = 0;
    for (int p = 0; p < m; p++) {
      if (stay[p]) {
        kept++;
      }
    }
    int total = kept + newcomers.length;
    int[] moved = new int[m];
    int[] placed = new int[newcomers.length];
    int[] oldOrigin = origin;
    int[] oldIds = ids;
    double[] oldTerm = rowTerm;
    double[] oldApprox = approx;
    double[] oldError = error;
    origin = new int[total];
    ids = new int[total];
    alive = new boolean[total];
    rowTerm = new double[total];
    approx = new double[total];
    error = new double[total];
    int i = 0;
    int j = 0;
    for (int q = 0; q < total; q++) {
      while (i < m && !stay[i]) {
        moved[i++] = -1;
      }
      if (j == newcomers.length || (i < m && oldOrigin[i] < newcomers[j])) {
        moved[i] = q;
        origin[q] = oldOrigin[i];
        ids[q] = oldIds[i];
        alive[q] = true;
        rowTerm[q] = oldTerm[i];
        approx[q] = oldApprox[i];
        error[q] = oldError[i];
        i++;
      } else {
        placed[j] = q;
        load(q, newcomers[j++]);
      }
    }
    while (i < m) {
      moved[i++] = -1;
    }
    m = total;
    left = total;
    picked = 0;
    rows = gatherRows();
    cache.remap(moved, placed, rows, parallel);
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
      if (alive[p]) {
        scan.add(p, approx[p] - error[p], approx[p] + error[p]);
        scan.largest = Math.max(scan.largest, Math.abs(approx[p]) + error[p]);
      }
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
    return Select.topPositions(values, pos, k);
  }
}
