package org.coreset4j.selection.dq;

import java.util.Arrays;
import org.coreset4j.util.Progress;

/**
 * The DQ bins one after another, whatever the kernel: every bin has floor(N / bins) samples and
 * the last one also takes the N mod bins leftovers; each is filled by a {@link Picker} from the
 * samples not yet binned.
 */
final class BinSequence {
  /** Fills one bin with the exact greedy rule. */
  interface Picker {
    /**
     * The first {@code target} greedy picks from the pool (ascending ids, all not yet binned), in
     * pick order; advances {@code progress} by one per pick.
     */
    int[] pick(int[] pool, int target, Progress progress);
  }

  private BinSequence() {}

  /** Bins the n samples into {@code bins} bins. */
  static GreedyBinning.Result run(int n, int bins, Picker picker, Progress progress) {
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
      for (int s : picker.pick(Arrays.copyOf(pool, poolSize), target, progress)) {
        bin[s] = b;
        order[picked++] = s;
      }
      poolSize = removeBinned(pool, poolSize, bin);
    }
    progress.finish();
    return new GreedyBinning.Result(bin, Arrays.copyOf(order, picked));
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
