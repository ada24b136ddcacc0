package org.coreset4j.selection.dq;

import org.coreset4j.kernels.Rounding;
import java.lang.foreign.Arena;
import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * Proves, after an epoch of picks made among the active samples only, that no inactive sample
 * could have won any of them, and brings the inactive gains up to date.
 *
 * <p>A pick s changes gain(x) by a(x) + b(s) + c (x~ . s~). Cut the epoch into segments; with D_j
 * the sum of the transformed picks before segment j (one GEMM of the pool with all D_j) and d the
 * sum of the picks inside the segment before step i, Cauchy-Schwarz gives, for every step i of
 * segment j,
 * gain_i(x) <= gain_0(x) + i a(x) + B_i + c (x~ . D_j) + |c| ||x~|| ||d|| (+ rounding),
 * with B_i the sum of b over the picks before i. Step i is safe for x when that is below a certified
 * lower bound L_i of the pick's gain. Every inactive sample is checked against long segments
 * first; the few that check cannot clear get short segments, and the epoch is cut at the first
 * short segment that some inactive sample might have won.
 */
final class EpochCheck {
  /** Picks per short segment: the Cauchy-Schwarz term grows with the picks inside one segment. */
  static final int SEGMENT = 8;
  /** Picks per long segment, checked for every inactive sample. */
  private static final int LONG_SEGMENT = 8 * SEGMENT;
  private static final int GEMM_ROWS = 2048;
  private static final int CHECK_CHUNK = 4096;

  private final GainModel model;
  private final FloatMatrix rows;
  private final double[] rowTerm;
  private final double[] rowNorm;
  private final int steps;
  private final int[] pickPosition;
  private final double[] pickTerm;
  private final double[] lower;
  private final double[] changeError;
  private final double[] changeMagnitude;
  private int recorded;

  EpochCheck(GainModel model, FloatMatrix rows, double[] rowTerm, double[] rowNorm, int steps) {
    this.model = model;
    this.rows = rows;
    this.rowTerm = rowTerm;
    this.rowNorm = rowNorm;
    this.steps = steps;
    this.pickPosition = new int[steps];
    this.pickTerm = new double[steps];
    this.lower = new double[steps];
    this.changeError = new double[steps];
    this.changeMagnitude = new double[steps];
  }

  /** Records the next step: the pick (pool position and id) and a certified lower bound of its gain. */
  void record(int position, int id, double lowerBound) {
    int i = recorded++;
    pickPosition[i] = position;
    pickTerm[i] = model.pickTerm(id);
    lower[i] = lowerBound;
    changeError[i] = model.changeError(id);
    changeMagnitude[i] = model.changeMagnitude(id);
  }

  /**
   * Checks every inactive alive sample (gains within approx +- error at the epoch's start) and
   * returns the number of leading steps proven exact: all of them, or the start of the first segment
   * some inactive sample might have won. When all are proven, the inactive bounds are moved to the
   * end of the epoch.
   */
  int verify(boolean[] inactive, double[] approx, double[] error, Parallel parallel) {
    int m = rows.rows();
    // every term of a bound is at most the sum of |change| or a pick's |gain|: the rounding scale
    double scale = 0;
    double lowerMax = 0;
    for (int i = 0; i < steps; i++) {
      scale += changeMagnitude[i];
      lowerMax = Math.max(lowerMax, Math.abs(lower[i]));
    }
    double roundingScale = scale + lowerMax;
    try (Arena arena = Arena.ofShared()) {
      Segments wide = new Segments(LONG_SEGMENT, arena);
      FloatMatrix wideProducts = wide.products(rows, arena, parallel);
      boolean[] close = new boolean[m];
      parallel.forChunks(m, CHECK_CHUNK, (chunk, from, to) -> {
        for (int p = from; p < to; p++) {
          if (inactive[p]) {
            close[p] = wide.firstUnsafe(p, p, wideProducts, approx[p], error[p], roundingScale, wide.count) < wide.count;
          }
        }
      });
      int[] closeRows = java.util.stream.IntStream.range(0, m).filter(p -> close[p]).toArray();
      if (closeRows.length > 0) {
        Segments narrow = new Segments(SEGMENT, arena);
        FloatMatrix closeProducts = narrow.products(
            rows.gatherInto(closeRows, FloatMatrix.allocateNative(arena, closeRows.length, rows.cols())), arena, parallel);
        int[] firstBad = new int[Parallel.chunkCount(closeRows.length, CHECK_CHUNK)];
        parallel.forChunks(closeRows.length, CHECK_CHUNK, (chunk, from, to) -> {
          int bad = narrow.count;
          for (int r = from; r < to; r++) {
            int p = closeRows[r];
            bad = Math.min(bad, narrow.firstUnsafe(p, r, closeProducts, approx[p], error[p], roundingScale, bad));
          }
          firstBad[chunk] = bad;
        });
        int bad = Arrays.stream(firstBad).min().orElse(narrow.count);
        if (bad < narrow.count) {
          return bad * SEGMENT;
        }
      }
      double endTerms = wide.termBefore[wide.count];
      double endSlack = wide.slackBefore[wide.count];
      double c = model.productScale();
      parallel.forChunks(m, CHECK_CHUNK, (chunk, from, to) -> {
        for (int p = from; p < to; p++) {
          if (inactive[p]) {
            error[p] += endSlack + rounding(approx[p], error[p], roundingScale);
            approx[p] += steps * rowTerm[p] + endTerms + c * wideProducts.get(p, wide.count - 1);
          }
        }
      });
      return steps;
    }
  }

  /** The float64 rounding of the few additions of one bound, all below |approx| + error + scale. */
  private static double rounding(double approx, double error, double scale) {
    return 16 * Rounding.DOUBLE * (Math.abs(approx) + error + scale);
  }

  /** The epoch cut into segments of one length, with what the bound needs of each segment. */
  private final class Segments {
    final int length;
    final int count;
    /** B_i and 3 x the change errors before each segment (the last entry: the whole epoch). */
    final double[] termBefore;
    final double[] slackBefore;
    /** max over the segment's steps of B_i - L_i, and of ||d|| for the exact transformed rows. */
    final double[] termMinusLower;
    final double[] innerNorm;
    /** Row j: the sum of the transformed picks of segments 0..j. */
    final FloatMatrix sums;

    Segments(int length, Arena arena) {
      this.length = length;
      this.count = (steps + length - 1) / length;
      int d = rows.cols();
      termBefore = new double[count + 1];
      slackBefore = new double[count + 1];
      termMinusLower = new double[count];
      innerNorm = new double[count];
      sums = FloatMatrix.allocateNative(arena, count, d);
      double[] prefix = new double[d];
      double[] inner = new double[d];
      float[] row = new float[d];
      double terms = 0;
      double errors = 0;
      for (int j = 0; j < count; j++) {
        Arrays.fill(inner, 0);
        double innerMax = 0;
        double gap = Double.NEGATIVE_INFINITY;
        double pickNorms = 0;
        termBefore[j] = terms;
        slackBefore[j] = 3 * errors;
        int end = Math.min(steps, (j + 1) * length);
        for (int i = j * length; i < end; i++) {
          gap = Math.max(gap, terms - lower[i]);
          rows.copyRow(pickPosition[i], row);
          double norm = 0;
          for (int k = 0; k < d; k++) {
            inner[k] += row[k];
            prefix[k] += row[k];
            norm += (double) row[k] * row[k];
          }
          pickNorms += Math.sqrt(norm);
          terms += pickTerm[i];
          errors += changeError[i];
          if (i + 1 < end) {
            innerMax = Math.max(innerMax, Vectors.norm(inner));
          }
        }
        termMinusLower[j] = gap;
        // float32 rows are within 2u of the exact transformed rows, componentwise
        innerNorm[j] = (innerMax + 4 * Rounding.FLOAT * pickNorms) * (1 + 1e-9);
        for (int k = 0; k < d; k++) {
          sums.set(j, k, (float) prefix[k]);
        }
      }
      termBefore[count] = terms;
      slackBefore[count] = 3 * errors;
    }

    /** products[r][j] = x~_r . (row j of the sums), for the given rows, by one GEMM per block. */
    FloatMatrix products(FloatMatrix of, Arena arena, Parallel parallel) {
      int d = of.cols();
      FloatMatrix out = FloatMatrix.allocateNative(arena, of.rows(), count);
      parallel.forChunks(of.rows(), GEMM_ROWS, (chunk, from, to) ->
          Blas.sgemm(false, true, to - from, count, d, 1f, of.segment(), of.rowOffset(from), d,
              sums.segment(), 0, d, 0f, out.segment(), out.rowOffset(from), count));
      return out;
    }

    /**
     * The first segment (below {@code limit}) in which pool position p, whose products are row r
     * of {@code products}, might beat the pick; {@code limit} if none.
     */
    int firstUnsafe(int p, int r, FloatMatrix products, double approx, double error, double scale, int limit) {
      double c = model.productScale();
      double base = approx + error + rounding(approx, error, scale);
      double rho = Math.abs(c) * rowNorm[p] * (1 + 1e-9);
      for (int j = 0; j < limit; j++) {
        double before = j == 0 ? 0 : c * products.get(r, j - 1);
        int last = Math.min(steps, (j + 1) * length) - 1;
        double drift = Math.max(last * rowTerm[p], j * length * rowTerm[p]);
        double bound = base + before + slackBefore[j] + drift + termMinusLower[j] + rho * innerNorm[j];
        if (!(bound < 0)) {
          return j;
        }
      }
      return limit;
    }
  }

}
