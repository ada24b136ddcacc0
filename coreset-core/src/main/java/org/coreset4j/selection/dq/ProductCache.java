package org.coreset4j.selection.dq;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.util.Parallel;

/**
 * Float32 inner products of chosen pool rows with the whole pool: slot {@code s} holds transformed
 * row p . transformed row q for every pool position q. New rows are computed in batches by one
 * GEMM per fixed block of the pool; when full, the rows whose owners rank lowest are dropped first.
 * The native buffers are allocated once and reused by every bin: the smaller the pool, the more
 * rows fit.
 */
final class ProductCache {
  /** Pool rows per GEMM call at most: one call per worker chunk. */
  private static final int GEMM_ROWS = 2048;
  /** Newcomers per GEMM call when samples join the pool. */
  private static final int NEWCOMER_BLOCK = 512;

  private final MemorySegment products;
  private final int batch;
  private final FloatMatrix fresh;
  private final FloatMatrix block;
  private int[] ownerOf;
  private int[] free;
  private int[] slotOf;
  private int freeCount;
  private FloatMatrix rows;

  /**
   * A cache of about {@code floats} products (at least a batch and a pick) over pools of at most
   * {@code maxPool} rows of width {@code width}, filled at most {@code batch} rows at a time.
   */
  ProductCache(long floats, int maxPool, int width, int batch, Arena arena) {
    this.batch = batch;
    this.products = arena.allocate(Math.max(floats, (batch + 1L) * maxPool) * Float.BYTES, 64);
    this.fresh = FloatMatrix.allocateNative(arena, batch, width);
    this.block = FloatMatrix.allocateNative(arena, batch, maxPool);
  }

  /** Empties the cache for a pool with the given transformed rows. */
  void reset(FloatMatrix poolRows) {
    this.rows = poolRows;
    int m = poolRows.rows();
    int capacity = capacity(m);
    this.slotOf = new int[m];
    this.ownerOf = new int[capacity];
    this.free = new int[capacity];
    Arrays.fill(slotOf, -1);
    Arrays.fill(ownerOf, -1);
    for (int s = 0; s < capacity; s++) {
      free[s] = capacity - 1 - s;
    }
    freeCount = capacity;
  }

  boolean has(int position) {
    return slotOf[position] >= 0;
  }

  /** The products of {@code position} (which must be cached): one float per pool position. */
  MemorySegment products(int position) {
    long bytes = (long) rows.rows() * Float.BYTES;
    return products.asSlice(slotOf[position] * bytes, bytes);
  }

  /** Frees the row of a position that left the pool. */
  void release(int position) {
    int s = slotOf[position];
    if (s >= 0) {
      slotOf[position] = -1;
      ownerOf[s] = -1;
      free[freeCount++] = s;
    }
  }

  /**
   * Makes sure every position in {@code wanted} (at most the batch size) is cached, evicting cached
   * positions that are not wanted, lowest {@code rank} first.
   */
  void ensure(int[] wanted, double[] rank, Parallel parallel) {
    int[] missing = Arrays.stream(wanted).filter(p -> slotOf[p] < 0).toArray();
    if (missing.length == 0) {
      return;
    }
    evict(missing.length - freeCount, wanted, rank);
    rows.gatherInto(missing, fresh);
    int m = rows.rows();
    int d = rows.cols();
    parallel.forChunks(m, gemmRows(m), (chunk, from, to) ->
        Blas.sgemm(false, true, missing.length, to - from, d, 1f, fresh.segment(), 0, d,
            rows.segment(), rows.rowOffset(from), d, 0f, block.segment(), (long) from * Float.BYTES, m));
    long bytes = (long) m * Float.BYTES;
    for (int i = 0; i < missing.length; i++) {
      int s = free[--freeCount];
      slotOf[missing[i]] = s;
      ownerOf[s] = missing[i];
      MemorySegment.copy(block.segment(), i * bytes, products, s * bytes, bytes);
    }
  }

  /**
   * Rows per GEMM call: an even number of calls of at most {@link #GEMM_ROWS} rows, so two workers
   * share them evenly. It depends on the pool size only, never on the thread count.
   */
  private static int gemmRows(int m) {
    int calls = 2 * (int) Math.ceil(m / (2.0 * GEMM_ROWS));
    return Math.max(16, (int) Math.ceil((double) m / calls / 16) * 16);
  }

  /**
   * Follows the pool as samples leave and join it: {@code moved[p]} is the new position of p, or -1
   * for one that left (never one that is cached), and {@code added} the positions of the newcomers;
   * the pool's rows are now {@code poolRows}. Cached rows that no longer fit are dropped; the
   * others keep their products and get those with the newcomers by GEMM.
   */
  void remap(int[] moved, int[] added, FloatMatrix poolRows, Parallel parallel) {
    int oldM = rows.rows();
    int newM = poolRows.rows();
    int fits = capacity(newM);
    for (int s = fits; s < ownerOf.length; s++) {
      if (ownerOf[s] >= 0) {
        release(ownerOf[s]);
      }
    }
    int[] owners = new int[fits];
    Arrays.fill(owners, -1);
    System.arraycopy(ownerOf, 0, owners, 0, Math.min(fits, ownerOf.length));
    ownerOf = new int[fits];
    Arrays.fill(ownerOf, -1);
    slotOf = new int[newM];
    Arrays.fill(slotOf, -1);
    // a growing stride moves rows up, so slots go in descending order (ascending when it shrinks);
    // each row goes through arrays, so its own columns may move either way
    float[] row = new float[oldM];
    float[] out = new float[newM];
    for (int k = 0; k < fits; k++) {
      int s = newM > oldM ? fits - 1 - k : k;
      if (owners[s] < 0) {
        continue;
      }
      moveRow(s, moved, row, out);
      ownerOf[s] = moved[owners[s]];
      slotOf[ownerOf[s]] = s;
    }
    free = new int[fits];
    freeCount = 0;
    for (int s = fits - 1; s >= 0; s--) {
      if (ownerOf[s] < 0) {
        free[freeCount++] = s;
      }
    }
    rows = poolRows;
    if (added.length > 0 && freeCount < fits) {
      productsWithNewcomers(added, parallel);
    }
  }

  /** Moves the products of slot s from stride row.length to stride out.length, column p to moved[p]. */
  private void moveRow(int s, int[] moved, float[] row, float[] out) {
    MemorySegment.copy(products, FloatMatrix.F32, (long) s * row.length * Float.BYTES, row, 0, row.length);
    for (int p = 0; p < row.length; p++) {
      if (moved[p] >= 0) {
        out[moved[p]] = row[p];
      }
    }
    MemorySegment.copy(out, 0, products, FloatMatrix.F32, (long) s * out.length * Float.BYTES, out.length);
  }

  /** Rows that fit for a pool of m: at least a batch and a pick, at most m. */
  private int capacity(int m) {
    return (int) Math.max(batch + 1, Math.min(m, products.byteSize() / Float.BYTES / Math.max(1, m)));
  }

  /** Fills the newcomers' columns of every cached row, by one GEMM per block of newcomers. */
  private void productsWithNewcomers(int[] added, Parallel parallel) {
    int cached = ownerOf.length - freeCount;
    int[] slots = new int[cached];
    int[] owners = new int[cached];
    for (int s = 0, c = 0; s < ownerOf.length; s++) {
      if (ownerOf[s] >= 0) {
        slots[c] = s;
        owners[c++] = ownerOf[s];
      }
    }
    int d = rows.cols();
    long m = rows.rows();
    try (Arena arena = Arena.ofShared()) {
      FloatMatrix a = rows.gatherInto(owners, FloatMatrix.allocateNative(arena, cached, d));
      parallel.forChunks(added.length, NEWCOMER_BLOCK, (chunk, from, to) -> {
        try (Arena local = Arena.ofConfined()) {
          FloatMatrix b = rows.gatherInto(Arrays.copyOfRange(added, from, to),
              FloatMatrix.allocateNative(local, to - from, d));
          FloatMatrix c = FloatMatrix.allocateNative(local, cached, to - from);
          Blas.sgemm(false, true, cached, to - from, d, 1f, a.segment(), 0, d, b.segment(), 0, d, 0f,
              c.segment(), 0, to - from);
          float[] values = new float[to - from];
          for (int i = 0; i < cached; i++) {
            c.copyRow(i, values);
            scatter(values, slots[i] * m, added, from);
          }
        }
      });
    }
  }

  /** products[base + added[from + j]] = values[j]. */
  private void scatter(float[] values, long base, int[] added, int from) {
    for (int j = 0; j < values.length; j++) {
      products.setAtIndex(FloatMatrix.F32, base + added[from + j], values[j]);
    }
  }

  /** Drops all but the {@code keep} cached rows whose owners rank highest. */
  void trim(int keep, double[] rank) {
    evict(ownerOf.length - freeCount - keep, new int[0], rank);
  }

  private void evict(int count, int[] wanted, double[] rank) {
    if (count <= 0) {
      return;
    }
    boolean[] keep = new boolean[slotOf.length];
    for (int p : wanted) {
      keep[p] = true;
    }
    Integer[] victims = Arrays.stream(ownerOf).filter(p -> p >= 0 && !keep[p]).boxed()
        .sorted((a, b) -> rank[a] != rank[b] ? Double.compare(rank[a], rank[b]) : Integer.compare(b, a))
        .toArray(Integer[]::new);
    for (int i = 0; i < count; i++) {
      release(victims[i]);
    }
  }
}
