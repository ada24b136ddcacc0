package org.coreset4j.selection.dq;

import org.coreset4j.util.Select;
import java.lang.foreign.Arena;
import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Builds the DQ bins one after another with the exact greedy rule, in O(N D) memory.
 *
 * <p>Most of the pool cannot win a pick for a while: its gains lie well below the best. So each bin
 * runs in epochs: an {@link ActivePool} makes the epoch's picks among the samples with the highest
 * upper bounds only, and an {@link EpochCheck} then proves by GEMMs of the pool with the picks'
 * running sums that no other sample could have won any of them, and moves the other samples'
 * bounds forward. Picks it cannot prove are
 * undone and the epoch restarts with a larger active set, so the picks are always those of the
 * plain greedy rule over the whole pool (ties to the lowest id); the tuning changes speed only.
 */
public final class GreedyBinning {
  /** At most this many float32 inner products are cached (128 MiB), but at least a batch and a pick. */
  private static final long MAX_PRODUCTS = 1L << 25;
  private static final int NORM_CHUNK = 4096;
  /** The active share after an epoch that was proven, and after one that was not. */
  private static final double SHRINK = 0.9;
  private static final double GROW = 1.5;

  /**
   * Speed settings: uncached samples per GEMM, picks per epoch, the smallest active set, the active
   * share to start with and its floor. An active set above 3/4 of the pool becomes the whole pool.
   */
  record Tuning(int batch, int epoch, int minActive, double startShare, double minShare) {
    /** Batch 128 measured best on 10k and 30k x 768; epochs of 64 segments keep the check wide. */
    static final Tuning DEFAULT = new Tuning(128, 64 * EpochCheck.SEGMENT, 4096, 0.25, 0.05);
  }

  /** bin[i] of every sample (-1 if never binned), and the binned samples in pick order. */
  public record Result(int[] bin, int[] order) {}

  private GreedyBinning() {}

  /** Bins the n rows (of width {@code width} once transformed) of the model into {@code bins} bins. */
  static Result run(GainModel model, int n, int width, int bins, Parallel parallel, Progress progress) {
    return run(model, n, width, bins, parallel, progress, Tuning.DEFAULT);
  }

  static Result run(GainModel model, int n, int width, int bins, Parallel parallel, Progress progress,
      Tuning tuning) {
    try (Arena arena = Arena.ofShared(); RowBuffer activeRows = new RowBuffer(width)) {
      Workspace space = new Workspace(arena, activeRows, n, width, tuning.batch());
      double[] share = {tuning.startShare()};
      return BinSequence.run(n, bins, (pool, target, p) -> {
        Bin state = new Bin(model, pool, space, tuning, share[0], parallel);
        int[] made = state.pick(target, p);
        share[0] = state.share;
        return made;
      }, progress);
    }
  }

  /**
   * Native buffers reused by every bin and epoch: the pool's rows and the product cache sized for
   * the first (largest) pool, the active rows as large as they have to be.
   */
  private record Workspace(FloatMatrix poolRows, RowBuffer activeRows, ProductCache cache) {
    Workspace(Arena arena, RowBuffer activeRows, int n, int width, int batch) {
      this(FloatMatrix.allocateNative(arena, n, width), activeRows,
          new ProductCache(MAX_PRODUCTS, n, width, batch, arena));
    }

    static FloatMatrix head(FloatMatrix m, int rows) {
      return new FloatMatrix(m.segment().asSlice(0, m.rowOffset(rows)), rows, m.cols());
    }
  }

  /** One bin: bounds of every pool gain, advanced epoch by epoch. */
  private static final class Bin {
    private final GainModel model;
    private final int[] ids;
    private final int m;
    private final FloatMatrix rows;
    private final Workspace space;
    private final Tuning tuning;
    private final Parallel parallel;
    private final boolean[] alive;
    private final double[] rowTerm;
    private final double[] rowNorm;
    private final double[] approx;
    private final double[] error;
    private final int[] committed;
    private final ActivePool.Source source;
    private int done;
    /** The share of the alive pool made active, adapted to how often epochs are proven. */
    double share;

    Bin(GainModel model, int[] ids, Workspace space, Tuning tuning, double share, Parallel parallel) {
      this.model = model;
      this.ids = ids;
      this.m = ids.length;
      this.rows = Workspace.head(space.poolRows(), m);
      this.space = space;
      this.tuning = tuning;
      this.share = share;
      this.parallel = parallel;
      model.startBin(ids, m, rows);
      this.alive = new boolean[m];
      Arrays.fill(alive, true);
      this.rowTerm = new double[m];
      Arrays.setAll(rowTerm, p -> model.rowTerm(ids[p]));
      this.rowNorm = new double[m];
      parallel.forChunks(m, NORM_CHUNK, (chunk, from, to) -> {
        float[] row = new float[rows.cols()];
        for (int p = from; p < to; p++) {
          rows.copyRow(p, row);
          double s = 0;
          for (float v : row) {
            s += (double) v * v;
          }
          rowNorm[p] = Math.sqrt(s);
        }
      });
      this.approx = new double[m];
      this.error = new double[m];
      this.committed = new int[m];
      this.source = new ActivePool.Source(ids, rows, rowTerm, approx, error);
    }

    /** Makes the bin's first {@code target} greedy picks; returns their ids in pick order. */
    int[] pick(int target, Progress progress) {
      ActivePool.refresh(model, ids, m, alive, approx, error, parallel);
      ActivePool pool = new ActivePool(model, chooseActive(), source, space.activeRows(), space.cache(),
          tuning.batch(), parallel);
      while (done < target) {
        boolean restricted = pool.left() < m - done;
        // an epoch takes at most half of what is left of a restricted set, which must keep
        // outranking the inactive samples
        int steps = restricted ? Math.min(Math.min(target - done, tuning.epoch()), Math.max(1, pool.left() / 2))
            : target - done;
        EpochCheck check = restricted ? new EpochCheck(model, rows, rowTerm, rowNorm, steps) : null;
        int[] made = new int[steps];
        for (int i = 0; i < steps; i++) {
          int p = pool.pickNext();
          made[i] = p;
          if (check == null) {
            commit(p, progress);
          } else {
            check.record(p, ids[p], pool.lastLower());
          }
        }
        if (check == null) {
          break;
        }
        boolean[] inactive = alive.clone();
        pool.clearMembers(inactive);
        for (int p : made) {
          inactive[p] = false;
        }
        int proven = check.verify(inactive, approx, error, parallel);
        for (int i = 0; i < proven; i++) {
          commit(made[i], progress);
        }
        if (proven < steps) {
          rollBack();
          share = Math.min(1, GROW * share);
          pool.resync(alive);
        } else {
          share = Math.max(tuning.minShare(), SHRINK * share);
          pool.copyBounds();
        }
        pool.reselect(chooseActive());
      }
      return Arrays.copyOf(committed, done);
    }

    private void commit(int p, Progress progress) {
      alive[p] = false;
      committed[done++] = ids[p];
      progress.advance(1);
    }

    /** Puts the model's running sums back to the committed picks and recomputes every bound. */
    private void rollBack() {
      model.startBin(ids, m, rows);
      for (int i = 0; i < done; i++) {
        model.add(committed[i]);
      }
      ActivePool.refresh(model, ids, m, alive, approx, error, parallel);
    }

    /** The alive positions (ascending) with the highest upper bounds: the current share, or all. */
    private int[] chooseActive() {
      int count = m - done;
      int k = (int) Math.max(tuning.minActive(), Math.ceil(share * count));
      int[] pos = new int[count];
      double[] upper = new double[count];
      for (int p = 0, c = 0; p < m; p++) {
        if (alive[p]) {
          pos[c] = p;
          upper[c++] = approx[p] + error[p];
        }
      }
      if (4L * k >= 3L * count) {
        return pos;
      }
      return Select.topPositions(upper, pos, k);
    }
  }
}
