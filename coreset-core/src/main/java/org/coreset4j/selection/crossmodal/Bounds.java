package org.coreset4j.selection.crossmodal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import org.coreset4j.kernels.Rounding;
import org.coreset4j.util.Parallel;

/**
 * Approximate gains of a pool's samples with rigorous error bounds, and the exact rule on top of
 * them. By position p: q~ within qErr of the exact q, and P~ within delta n_p W of the exact pick
 * term, where W = sum n_s over the picks (each adds its GEMM product column, off by at most
 * delta n_s n_p, {@link PoolRows#delta}).
 */
final class Bounds {
  private static final int CHUNK = 4096;
  /** Relative rounding allowance of the two float64 evaluations of the gain formula. */
  private static final double FORMULA = 16 * Rounding.DOUBLE;

  private final TensorKernel kernel;
  private final TensorGain gain;
  private final int[] ids;
  private final double[][] m;
  private final PoolRows rows;
  private final double delta;
  private final Parallel parallel;
  final boolean[] alive;
  final double[] q;
  private final double[] qErr;
  private final double[] qExact;
  final double[] p;
  private final double[] upper;
  private double w;
  final PickSums sums;
  /** The picks' positions in pick order; the first {@code columns} have their columns in P~. */
  final int[] picked;
  private int picks;
  private int columns;

  Bounds(TensorKernel kernel, TensorGain gain, int[] ids, double[][] m, PoolRows rows, int capacity,
      Parallel parallel) {
    this.kernel = kernel;
    this.gain = gain;
    this.ids = ids;
    this.m = m;
    this.rows = rows;
    // the float64 sums of P~ and of the exact pick term, and the latter's float64 dot products
    this.delta = rows.delta()
        + 2.02 * Rounding.gamma(capacity + kernel.u().cols() + kernel.v().cols() + 2, Rounding.DOUBLE);
    this.parallel = parallel;
    int n = ids.length;
    this.alive = new boolean[n];
    Arrays.fill(alive, true);
    this.q = QuadraticForms.of(kernel, ids, m, parallel);
    double b = QuadraticForms.bound(kernel, m);
    this.qErr = new double[n];
    Arrays.setAll(qErr, i -> b * rows.norm(i));
    this.qExact = new double[n];
    Arrays.fill(qExact, Double.NaN);
    this.p = new double[n];
    this.upper = new double[n];
    this.sums = new PickSums(kernel, n, capacity);
    this.picked = new int[capacity];
  }

  /** The approximate gain of position i at {@code step} for an approximate pick term pi. */
  double gain(int i, int step, double pi) {
    return gain.of(ids[i], step, q[i], pi);
  }

  /** The exact q of position i (computed once). */
  double exactQ(int i) {
    if (Double.isNaN(qExact[i])) {
      qExact[i] = kernel.quadraticForm(ids[i], m);
    }
    return qExact[i];
  }

  /** The exact gain of position i at {@code step}: the rule's value. */
  double exact(int i, int step) {
    return gain.of(ids[i], step, exactQ(i), sums.sum(i, ids[i], step));
  }

  /** Records the pick at position s (its column is folded in by {@link #fold}). */
  void commit(int s) {
    alive[s] = false;
    sums.add(ids[s]);
    picked[picks++] = s;
  }

  /**
   * Adds the product column of the next pick whose column is not yet in P~ (float64, in
   * {@code column} from entry {@code at}).
   */
  void fold(MemorySegment column, long at) {
    int s = picked[columns++];
    parallel.forChunks(p.length, CHUNK, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        p[i] += column.getAtIndex(ValueLayout.JAVA_DOUBLE, at + i);
      }
    });
    w += rows.norm(s);
  }

  /**
   * The pick of {@code step}: the alive position of the largest exact gain, ties to the lowest id.
   * Only the contenders, whose upper bound reaches the best lower bound, are evaluated exactly.
   */
  int certify(int step) {
    double qw = Math.abs(gain.qWeight(step));
    double pw = gain.pWeight();
    int chunks = Parallel.chunkCount(p.length, CHUNK);
    double[] best = new double[chunks];
    double[] top = new double[chunks];
    parallel.forChunks(p.length, CHUNK, (chunk, from, to) -> {
      double b = Double.NEGATIVE_INFINITY;
      double t = Double.NEGATIVE_INFINITY;
      for (int i = from; i < to; i++) {
        if (alive[i]) {
          double g = gain(i, step, p[i]);
          double e = qw * qErr[i] + pw * delta * rows.norm(i) * w
              + FORMULA * (Math.abs(g) + qw * Math.abs(q[i]) + pw * Math.abs(p[i]));
          e *= 1 + 1e-12;
          b = Math.max(b, g - e);
          upper[i] = g + e;
          t = Math.max(t, upper[i]);
        }
      }
      best[chunk] = b;
      top[chunk] = t;
    });
    double lower = Double.NEGATIVE_INFINITY;
    for (double b : best) {
      lower = Math.max(lower, b);
    }
    int[] found = new int[16];
    int count = 0;
    for (int c = 0; c < chunks; c++) {
      if (top[c] >= lower) {
        for (int i = c * CHUNK, end = Math.min(p.length, i + CHUNK); i < end; i++) {
          if (alive[i] && upper[i] >= lower) {
            if (count == found.length) {
              found = Arrays.copyOf(found, 2 * count);
            }
            found[count++] = i;
          }
        }
      }
    }
    return count == 1 ? found[0] : exactArgmax(Arrays.copyOf(found, count), step);
  }

  /** The contender of the largest exact gain, ties to the lowest position (= lowest id). */
  private int exactArgmax(int[] contenders, int step) {
    double[] value = new double[contenders.length];
    parallel.forChunks(contenders.length, 1, (chunk, from, to) -> value[from] = exact(contenders[from], step));
    int b = 0;
    for (int k = 1; k < contenders.length; k++) {
      if (value[k] > value[b]) {
        b = k;
      }
    }
    return contenders[b];
  }
}
