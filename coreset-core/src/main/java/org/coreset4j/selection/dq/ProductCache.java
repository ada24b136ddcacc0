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
    int capacity = (int) Math.max(batch + 1, Math.min(m, products.byteSize() / Float.BYTES / Math.max(1, m)));
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
   * Follows the pool as its picked samples are dropped: {@code moved[p]} is the new position of p,
   * or -1 for a dropped sample (never one that is cached); the pool's rows are now {@code poolRows}.
   */
  void compact(int[] moved, FloatMatrix poolRows) {
    int oldM = rows.rows();
    int newM = poolRows.rows();
    int[] newSlotOf = new int[newM];
    Arrays.fill(newSlotOf, -1);
    // slots in ascending order: every copy moves data to lower addresses, never over data still needed
    for (int s = 0; s < ownerOf.length; s++) {
      if (ownerOf[s] < 0) {
        continue;
      }
      ownerOf[s] = moved[ownerOf[s]];
      newSlotOf[ownerOf[s]] = s;
      long from = (long) s * oldM * Float.BYTES;
      long to = (long) s * newM * Float.BYTES;
      for (int p = 0; p < oldM; ) {
        if (moved[p] < 0) {
          p++;
          continue;
        }
        int run = p;
        while (run < oldM && moved[run] >= 0) {
          run++;
        }
        MemorySegment.copy(products, from + (long) p * Float.BYTES, products,
            to + (long) moved[p] * Float.BYTES, (long) (run - p) * Float.BYTES);
        p = run;
      }
    }
    slotOf = newSlotOf;
    rows = poolRows;
  }

  /**
   * Follows the pool as samples join it: {@code moved[p]} is the new position of p and
   * {@code added} the positions of the newcomers; the pool's rows are now {@code poolRows}. Cached
   * rows that no longer fit are dropped; the others get their products with the newcomers by one GEMM.
   */
  void grow(int[] moved, int[] added, FloatMatrix poolRows) {
    int oldM = rows.rows();
    int newM = poolRows.rows();
    int fits = (int) Math.min(ownerOf.length, products.byteSize() / Float.BYTES / newM);
    for (int s = fits; s < ownerOf.length; s++) {
      if (ownerOf[s] >= 0) {
        release(ownerOf[s]);
      }
    }
    ownerOf = Arrays.copyOf(ownerOf, fits);
    free = new int[fits];
    freeCount = 0;
    int[] newSlotOf = new int[newM];
    Arrays.fill(newSlotOf, -1);
    int cached = 0;
    // slots and columns in descending order: every copy moves data to higher addresses, never over
    // data still needed
    for (int s = fits - 1; s >= 0; s--) {
      if (ownerOf[s] < 0) {
        free[freeCount++] = s;
        continue;
      }
      cached++;
      long from = (long) s * oldM * Float.BYTES;
      long to = (long) s * newM * Float.BYTES;
      for (int p = oldM - 1; p >= 0; ) {
        int start = p;
        while (start > 0 && moved[start - 1] == moved[start] - 1) {
          start--;
        }
        MemorySegment.copy(products, from + (long) start * Float.BYTES, products,
            to + (long) moved[start] * Float.BYTES, (long) (p - start + 1) * Float.BYTES);
        p = start - 1;
      }
      ownerOf[s] = moved[ownerOf[s]];
      newSlotOf[ownerOf[s]] = s;
    }
    slotOf = newSlotOf;
    rows = poolRows;
    if (cached > 0 && added.length > 0) {
      productsWithNewcomers(cached, added);
    }
  }

  /** Fills the newcomers' columns of the {@code cached} rows in use. */
  private void productsWithNewcomers(int cached, int[] added) {
    int[] slots = new int[cached];
    int[] owners = new int[cached];
    for (int s = 0, c = 0; s < ownerOf.length; s++) {
      if (ownerOf[s] >= 0) {
        slots[c] = s;
        owners[c++] = ownerOf[s];
      }
    }
    int d = rows.cols();
    int m = rows.rows();
    try (Arena arena = Arena.ofConfined()) {
      FloatMatrix a = rows.gatherInto(owners, FloatMatrix.allocateNative(arena, cached, d));
      FloatMatrix b = rows.gatherInto(added, FloatMatrix.allocateNative(arena, added.length, d));
      FloatMatrix c = FloatMatrix.allocateNative(arena, cached, added.length);
      Blas.sgemm(false, true, cached, added.length, d, 1f, a.segment(), 0, d, b.segment(), 0, d, 0f,
          c.segment(), 0, added.length);
      for (int i = 0; i < cached; i++) {
        long base = (long) slots[i] * m;
        for (int j = 0; j < added.length; j++) {
          products.setAtIndex(FloatMatrix.F32, base + added[j], c.get(i, j));
        }
      }
    }
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
