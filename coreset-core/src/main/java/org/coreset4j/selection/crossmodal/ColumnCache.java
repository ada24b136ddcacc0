package org.coreset4j.selection.crossmodal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.coreset4j.util.Parallel;

/**
 * Product columns k~(s, .) of guessed picks s with the whole pool, kept until folded in: a guess
 * whose column was computed in an earlier epoch and is guessed again is not computed twice.
 */
final class ColumnCache {
  private final PoolRows rows;
  private final int m;
  private final int slots;
  private final MemorySegment buffer;
  /** The position whose column each slot holds (the first {@code used}), and each position's slot. */
  private final int[] owner;
  private final int[] slotOf;
  private int used;

  ColumnCache(PoolRows rows, int slots, Arena arena) {
    this.rows = rows;
    this.m = rows.rows();
    this.slots = slots;
    this.buffer = arena.allocate(Math.max(1, (long) slots * m) * Double.BYTES, 64);
    this.owner = new int[slots];
    this.slotOf = new int[m];
    Arrays.fill(slotOf, -1);
  }

  /**
   * Keeps the columns of the given positions (at most {@code slots}) that are cached, drops the
   * others, and computes the missing ones by one GEMM.
   */
  void prepare(int[] positions, Arena scratch, Parallel parallel) {
    boolean[] wanted = new boolean[m];
    for (int p : positions) {
      wanted[p] = true;
    }
    int kept = 0;
    for (int s = 0; s < used; s++) {
      int p = owner[s];
      slotOf[p] = -1;
      if (wanted[p]) {
        if (kept != s) {
          MemorySegment.copy(buffer, (long) s * m * Double.BYTES, buffer, (long) kept * m * Double.BYTES,
              (long) m * Double.BYTES);
        }
        owner[kept] = p;
        slotOf[p] = kept++;
      }
    }
    int[] fresh = Arrays.stream(positions).filter(p -> slotOf[p] < 0).toArray();
    for (int j = 0; j < fresh.length; j++) {
      owner[kept + j] = fresh[j];
      slotOf[fresh[j]] = kept + j;
    }
    if (fresh.length > 0) {
      rows.subset(fresh, scratch).products(rows, buffer.asSlice((long) kept * m * Double.BYTES), parallel);
    }
    used = kept + fresh.length;
  }

  /** The buffer holding the columns. */
  MemorySegment buffer() {
    return buffer;
  }

  /** The first entry of position p's column in {@link #buffer}, or -1 when it has none. */
  long entry(int p) {
    return slotOf[p] < 0 ? -1 : (long) slotOf[p] * m;
  }
}
