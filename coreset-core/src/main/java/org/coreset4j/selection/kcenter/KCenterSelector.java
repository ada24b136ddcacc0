package org.coreset4j.selection.kcenter;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.coreset4j.data.Bf16Matrix;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.ChunkArgmax;
import org.coreset4j.util.Parallel;

/**
 * k-center greedy (Sener and Savarese 2018): start from {@code --first} (or a seeded index), then
 * repeatedly add the sample farthest from its nearest chosen center, ties to the lowest index.
 *
 * <p>Extra memory is O(N): the distance of every sample to its nearest center and that center's
 * number (DeepCore keeps a budget x N matrix instead). Each pick is one parallel pass over the
 * rows that updates the distances and finds the next farthest sample. A row is skipped without
 * being read when the triangle inequality proves the new center cannot be nearer than its current
 * one: with d = r^2 the squared metric, d(c, j) >= 4 d(x, c) implies d(x, j) >= d(x, c). The test
 * carries a rounding margin, so the picks equal those of the unpruned pass.
 *
 * <p>Diagnostics: {@code order} (pick order) and {@code gain}: the distance of each pick to its
 * nearest earlier center at the time of the pick (+Infinity for the first).
 */
public final class KCenterSelector implements Selector {
  private static final int CHUNK = 2048;
  /** Relative rounding margin of the pruning test, on top of the float32 accumulation error. */
  private static final double PRUNE_MARGIN = 1e-3;

  private final KCenterParams params;

  public KCenterSelector(KCenterParams params) {
    this.params = params;
  }


  @Override
  public String name() {
    return "kcenter";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    int k = budget.count(n);
    int first = params.first() != null ? params.first() : new SplittableRandom(context.seed()).nextInt(n);
    MethodOptions.require(first < n, "first", first, "is not a sample index in [0, " + n + ")");
    CenterDistance distance = params.compact() == KCenterParams.Compact.BF16
        ? CenterDistance.of(params.metric(), Bf16Matrix.of(features, context.parallel()))
        : CenterDistance.of(params.metric(), features);
    double relMargin = PRUNE_MARGIN + 4.0 * features.cols() * Math.ulp(1.0f);
    Greedy g = new Greedy(distance, n, k, relMargin);
    context.progress().start("k-center", k);
    int next = first;
    for (int t = 0; t < k; t++) {
      next = g.add(next, t, context.parallel(), t + 1 < k);
      context.progress().advance(1);
    }
    context.progress().finish();
    return Selection.greedy(g.centers, g.gains, Map.of());
  }

  /** The state of the greedy: nearest-center distances and center numbers, O(N). */
  private static final class Greedy {
    final CenterDistance distance;
    final double relMargin;
    final double[] minDist;
    final int[] nearest;
    final int[] centers;
    final double[] gains;
    final double[] centerToNew;

    Greedy(CenterDistance distance, int n, int k, double relMargin) {
      this.distance = distance;
      this.relMargin = relMargin;
      minDist = new double[n];
      Arrays.fill(minDist, Double.POSITIVE_INFINITY);
      nearest = new int[n];
      centers = new int[k];
      gains = new double[k];
      centerToNew = new double[k];
    }

    /** Adds sample j as center number t; returns the next farthest sample when {@code findNext}. */
    int add(int j, int t, Parallel parallel, boolean findNext) {
      centers[t] = j;
      gains[t] = minDist[j];
      minDist[j] = Double.NEGATIVE_INFINITY;
      if (!findNext) {
        return -1;
      }
      for (int c = 0; c < t; c++) {
        centerToNew[c] = distance.between(centers[c], j);
      }
      ChunkArgmax best = new ChunkArgmax(Parallel.chunkCount(minDist.length, CHUNK));
      parallel.forChunks(minDist.length, CHUNK, (chunk, from, to) -> {
        int bi = -1;
        double bv = 0;
        for (int i = from; i < to; i++) {
          double m = minDist[i];
          if (m == Double.NEGATIVE_INFINITY) {
            continue;
          }
          if (t == 0 || !provablyFarther(centerToNew[nearest[i]], m)) {
            double d = distance.between(i, j);
            if (d < m) {
              m = d;
              minDist[i] = d;
              nearest[i] = t;
            }
          }
          if (bi < 0 || m > bv) {
            bi = i;
            bv = m;
          }
        }
        best.put(chunk, bv, bi);
      });
      return best.best();
    }

    /**
     * True when d(c, j) >= 4 d(x, c) holds with room for rounding, so that sqrt(d(x, j)) >=
     * sqrt(d(c, j)) - sqrt(d(x, c)) >= sqrt(d(x, c)).
     */
    private boolean provablyFarther(double centerToNewCenter, double toOwnCenter) {
      return centerToNewCenter > 4.0 * (toOwnCenter + distance.slack) * (1.0 + relMargin);
    }
  }
}
