package org.coreset4j.selection.crossmodal;

import java.lang.foreign.Arena;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * The exact greedy rule for gains of the tensor kernel: step t picks, among a pool's samples not
 * yet picked, the x of the largest gain_t(x) = g(t, q(x), P_t(x)), ties to the lowest id, where
 * q(x) = (u_x - mu)^T M (v_x - nu) for a fixed Du x Dv matrix M, P_t(x) = sum_{j < t} k(s_j, x)
 * over the earlier picks s_j, and g is the method's float64 formula ({@link TensorGain}) evaluated
 * on q by {@link TensorKernel#quadraticForm} and P summed in pick order ({@link PickSums}).
 *
 * <p>Speculate, then verify. Each epoch guesses its next E picks inside a candidate set
 * ({@link Speculation}), computes their products with the whole pool by float64 GEMMs (error at
 * most delta n_s n_x, {@link PoolRows#delta}), and then steps through them: at each step the
 * bounds of every alive sample's gain leave a few contenders, evaluated exactly when there are
 * several ({@link Bounds#certify}). While the pick is one of the guesses, its column is folded in
 * and the epoch goes on; otherwise the epoch ends and that pick's column comes first in the next
 * one, whose guesses reuse the columns already computed ({@link ColumnCache}). So the picks are
 * those of the plain rule; the tuning changes speed only.
 */
public final class TensorGreedy {
  /**
   * Speed settings: the guessed picks per epoch adapt between {@code minEpoch} and
   * {@code maxEpoch} (twice the last epoch's picks, plus 8), and the candidate set has at least
   * {@code minCandidates} samples and 4 per guessed pick.
   */
  public record Tuning(int minEpoch, int maxEpoch, int minCandidates) {
    /**
     * Measured on 40,000 x (512, 512) clustered pairs in 20 DQ bins: 105 s against 126 s for
     * epochs of the last one's picks plus 8 and candidate sets of 8 per guess from 256.
     */
    public static final Tuning DEFAULT = new Tuning(16, 256, 1024);
  }

  /** The picks (sample ids, in pick order) and the exact values the rule saw for them. */
  public static final class Result {
    private final int[] order;
    private final Bounds bounds;
    private final Parallel parallel;

    private Result(int[] order, Bounds bounds, Parallel parallel) {
      this.order = order;
      this.bounds = bounds;
      this.parallel = parallel;
    }

    public int[] order() {
      return order;
    }

    /** The exact q of every pick, in pick order. */
    public double[] quadraticTerms() {
      double[] out = new double[order.length];
      parallel.forChunks(out.length, 8, (chunk, from, to) -> {
        for (int j = from; j < to; j++) {
          out[j] = bounds.exactQ(bounds.picked[j]);
        }
      });
      return out;
    }

    /** The exact P of every pick at its step (over the picks before it), in pick order. */
    public double[] pickTerms() {
      double[] out = new double[order.length];
      parallel.forChunks(out.length, 8, (chunk, from, to) -> {
        for (int j = from; j < to; j++) {
          int s = bounds.picked[j];
          out[j] = bounds.sums.sum(s, order[j], j);
        }
      });
      return out;
    }
  }

  private TensorGreedy() {}

  /** The first {@code target} picks from the samples {@code ids} (ascending). */
  public static Result run(TensorKernel kernel, double[][] m, int[] ids, int target, TensorGain gain, Tuning tuning,
      Parallel parallel, Progress progress) {
    int n = ids.length;
    int[] order = new int[target];
    try (Arena arena = Arena.ofShared()) {
      PoolRows rows = PoolRows.of(kernel, ids, arena, parallel);
      Bounds bounds = new Bounds(kernel, gain, ids, m, rows, target, parallel);
      int maxEpoch = Math.max(1, tuning.maxEpoch());
      ColumnCache cache = new ColumnCache(rows, maxEpoch, arena);
      int epoch = maxEpoch;
      int done = 0;
      int forced = -1;
      while (done < target) {
        int first = done;
        int steps = Math.min(epoch, target - done + (forced >= 0 ? 1 : 0));
        int[] guess = Speculation.guess(bounds, rows, done, forced, steps,
            Math.max(tuning.minCandidates(), 4 * steps), parallel);
        try (Arena scratch = Arena.ofShared()) {
          cache.prepare(guess, scratch, parallel);
        }
        if (forced >= 0) {
          bounds.fold(cache.buffer(), cache.entry(forced));
          forced = -1;
        }
        while (done < target) {
          int pick = bounds.certify(done);
          bounds.commit(pick);
          order[done++] = ids[pick];
          progress.advance(1);
          long entry = cache.entry(pick);
          if (entry < 0) {
            forced = pick;
            break;
          }
          if (done < target) {
            bounds.fold(cache.buffer(), entry);
          }
        }
        epoch = Math.clamp(2L * (done - first) + 8, Math.min(tuning.minEpoch(), maxEpoch), maxEpoch);
      }
      return new Result(order, bounds, parallel);
    }
  }
}
