package org.coreset4j.selection.dq;

import java.lang.foreign.Arena;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.util.Parallel;

/**
 * Proves, after an epoch of picks made among the active samples only, that no inactive sample
 * could have won any of them, and brings the inactive gains up to date.
 *
 * <p>A pick s changes gain(x) by a(x) + b(s) + c (x~ . s~). With D_j the sum of the transformed
 * picks before segment j (one GEMM of the pool with all D_j) and d the sum of the picks inside the
 * segment before step i, Cauchy-Schwarz gives, for every step i of segment j,
 * gain_i(x) <= gain_0(x) + i a(x) + B_i + c (x~ . D_j) + |c| ||x~|| ||d|| (+ rounding),
 * with B_i the sum of b over the picks before i. Step i is safe for x when that is below a certified
 * lower bound L_i of the pick's gain; segments are checked in order and the epoch is cut at the
 * first segment that some inactive sample might have won.
 */
final class EpochCheck {
  /** Picks per segment: the Cauchy-Schwarz term grows with the picks inside one segment. */
  static final int SEGMENT = 8;
  private static final int GEMM_ROWS = 2048;
  private static final int CHECK_CHUNK = 4096;

  private final GainModel model;
  private final FloatMatrix rows;
  private final double[] rowTerm;
  private final double[] rowNorm;
  private final int steps;
  private final int segments;
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
    this.segments = (steps + SEGMENT - 1) / SEGMENT;
    this.pickPosition = new int[steps];
    this.pickTerm = new double[steps];
    this.lower = new double[steps];
    this.changeError = new double[steps];
    this.changeMagnitude = new double[steps];
  }

  /** Records step i: the pick (pool position and id) and a certified lower bound of its gain. */
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
    int d = rows.cols();
    double scale = Math.abs(model.productScale());
    // per segment j: max_i (B_i - L_i), max_i ||d_i||, the error bound of the GEMM column D_j
    double[] slackBefore = new double[segments + 1];
    double[] innerNorm = new double[segments];
    double[] termMinusLower = new double[segments];
    double[] termBefore = new double[segments + 1];
    double[] prefix = new double[d];
    double[] inner = new double[d];
    float[] row = new float[d];
    try (Arena arena = Arena.ofShared()) {
      FloatMatrix sums = FloatMatrix.allocateNative(arena, segments, d);
      double terms = 0;
      double errors = 0;
      // every term of a bound is at most the sum of |change| or a pick's |gain|: the rounding scale
      double changeSum = 0;
      double lowerMax = 0;
      for (int j = 0; j < segments; j++) {
        java.util.Arrays.fill(inner, 0);
        double innerMax = 0;
        double gap = Double.NEGATIVE_INFINITY;
        double pickNorms = 0;
        termBefore[j] = terms;
        slackBefore[j] = 3 * errors;
        for (int i = j * SEGMENT; i < Math.min(steps, (j + 1) * SEGMENT); i++) {
          gap = Math.max(gap, terms - lower[i]);
          lowerMax = Math.max(lowerMax, Math.abs(lower[i]));
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
          changeSum += changeMagnitude[i];
          if (i + 1 < Math.min(steps, (j + 1) * SEGMENT)) {
            innerMax = Math.max(innerMax, norm(inner));
          }
        }
        termMinusLower[j] = gap;
        // ||d|| of the exact transformed rows: float32 rows are within 2u of them, componentwise
        innerNorm[j] = (innerMax + 4 * Rounding.FLOAT * pickNorms) * (1 + 1e-9);
        for (int k = 0; k < d; k++) {
          sums.set(j, k, (float) prefix[k]);
        }
      }
      termBefore[segments] = terms;
      slackBefore[segments] = 3 * errors;
      // products[p][j] = x~_p . (sum of the picks of segments 0..j), j = segments - 1 the whole epoch
      FloatMatrix products = FloatMatrix.allocateNative(arena, m, segments);
      parallel.forChunks(m, GEMM_ROWS, (chunk, from, to) ->
          Blas.sgemm(false, true, to - from, segments, d, 1f, rows.segment(), rows.rowOffset(from), d,
              sums.segment(), 0, d, 0f, products.segment(), products.rowOffset(from), segments));
      double cost = model.productScale();
      double total = changeSum + lowerMax;
      int[] firstBad = new int[Parallel.chunkCount(m, CHECK_CHUNK)];
      parallel.forChunks(m, CHECK_CHUNK, (chunk, from, to) -> {
        int bad = segments;
        for (int p = from; p < to; p++) {
          if (!inactive[p]) {
            continue;
          }
          double base = approx[p] + error[p] + rounding(approx[p], error[p], total);
          double rho = scale * rowNorm[p] * (1 + 1e-9);
          for (int j = 0; j < Math.min(bad, segments); j++) {
            double before = j == 0 ? 0 : cost * products.get(p, j - 1);
            int last = Math.min(steps, (j + 1) * SEGMENT) - 1;
            double drift = Math.max(last * rowTerm[p], j * SEGMENT * rowTerm[p]);
            double bound = base + before + slackBefore[j] + drift + termMinusLower[j] + rho * innerNorm[j];
            if (!(bound < 0)) {
              bad = j;
              break;
            }
          }
        }
        firstBad[chunk] = bad;
      });
      int bad = java.util.Arrays.stream(firstBad).min().orElse(segments);
      if (bad < segments) {
        return bad * SEGMENT;
      }
      double endTerms = termBefore[segments];
      double endSlack = slackBefore[segments];
      parallel.forChunks(m, CHECK_CHUNK, (chunk, from, to) -> {
        for (int p = from; p < to; p++) {
          if (inactive[p]) {
            error[p] += endSlack + rounding(approx[p], error[p], total);
            approx[p] += steps * rowTerm[p] + endTerms + cost * products.get(p, segments - 1);
          }
        }
      });
      return steps;
    }
  }

  /** The float64 rounding of the few additions of one bound, all below |approx| + error + changes. */
  private static double rounding(double approx, double error, double changes) {
    return 16 * Rounding.DOUBLE * (Math.abs(approx) + error + changes);
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double e : v) {
      s += e * e;
    }
    return Math.sqrt(s);
  }
}
