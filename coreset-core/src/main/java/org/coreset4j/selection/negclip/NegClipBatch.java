package org.coreset4j.selection.negclip;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;

/**
 * One worker's buffers for the batches of {@link NegClipSelector}, up to {@code size} samples of
 * dimension {@code d}: per batch B, S = U V^T / tau (float64 GEMM) and, per member, the row and
 * column log-sum-exps of S shifted as the selector's numerics describe.
 */
final class NegClipBatch {
  /** A row or column whose maximum lies further than this below the batch maximum is re-shifted. */
  static final double SHIFT_RANGE = 600;
  private final int d;
  private final double[] u;
  private final double[] v;
  private final double[] s;
  private final double[] rowSum;
  private final double[] colSum;
  private final double[] rowMax;
  private final double[] colMax;
  private final float[] row;

  NegClipBatch(int size, int d) {
    this.d = d;
    u = new double[size * d];
    v = new double[size * d];
    s = new double[size * size];
    rowSum = new double[size];
    colSum = new double[size];
    rowMax = new double[size];
    colMax = new double[size];
    row = new float[d];
  }

  /** Adds the row and column log-sum-exps of batch order[from, to) to {@code out} per sample. */
  void batch(FloatMatrix a, FloatMatrix b, double[] normA, double[] normB, int[] order, int from, int to,
      double tau, double[] out) {
    int m = to - from;
    for (int r = 0; r < m; r++) {
      int i = order[from + r];
      a.copyRow(i, row);
      for (int j = 0; j < d; j++) {
        u[r * d + j] = row[j] / normA[i];
      }
      b.copyRow(i, row);
      for (int j = 0; j < d; j++) {
        v[r * d + j] = row[j] / normB[i];
      }
    }
    // S[r][q] = u_r . v_q / tau
    Blas.dgemm(false, true, m, m, d, 1 / tau, u, v, 0, s);
    java.util.Arrays.fill(colMax, 0, m, Double.NEGATIVE_INFINITY);
    double c = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < m; r++) {
      double rm = Double.NEGATIVE_INFINITY;
      int at = r * m;
      for (int q = 0; q < m; q++) {
        double x = s[at + q];
        rm = Math.max(rm, x);
        colMax[q] = Math.max(colMax[q], x);
      }
      rowMax[r] = rm;
      c = Math.max(c, rm);
    }
    java.util.Arrays.fill(colSum, 0, m, 0);
    for (int r = 0; r < m; r++) {
      double sum = 0;
      int at = r * m;
      for (int q = 0; q < m; q++) {
        double e = Math.exp(s[at + q] - c);
        sum += e;
        colSum[q] += e;
      }
      rowSum[r] = sum;
    }
    for (int r = 0; r < m; r++) {
      double rowLse = logSumExp(c, rowSum[r], rowMax[r], r * m, 1, m);
      double colLse = logSumExp(c, colSum[r], colMax[r], r, m, m);
      out[order[from + r]] += rowLse + colLse;
    }
  }

  /**
   * log sum_q exp(S[at + q stride]) over q in [0, m), from its {@code sum} shifted by the batch
   * maximum c, or, when its own {@code max} lies more than {@link #SHIFT_RANGE} below c, summed
   * again shifted by that max.
   */
  private double logSumExp(double c, double sum, double max, int at, int stride, int m) {
    if (max >= c - SHIFT_RANGE) {
      return c + Math.log(sum);
    }
    double own = 0;
    for (int q = 0; q < m; q++) {
      own += Math.exp(s[at + q * stride] - max);
    }
    return max + Math.log(own);
  }
}
