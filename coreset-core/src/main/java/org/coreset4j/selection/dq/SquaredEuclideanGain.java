package org.coreset4j.selection.dq;

import org.coreset4j.kernels.Rounding;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.ColumnSums;
import org.coreset4j.util.Parallel;

/**
 * sim(p, x) = -||p - x||^2. With c the mean of all rows (distances do not depend on it; centring
 * keeps the expansion well conditioned) and q(x) = ||x - c||^2:
 * gain(x) = (2|S| - lambda |P|) q(x) - lambda sum_P q(p) + 2 sum_S q(s) + 2 (x - c) . w,
 * w = lambda sum_P (p - c) - 2 sum_S (s - c). A pick s changes gain(x) by
 * 2 ||x - s||^2 = 2 q(x) + 2 q(s) - 4 (x - c) . (s - c). Transformed rows are x - c.
 */
final class SquaredEuclideanGain implements GainModel {
  private final FloatMatrix x;
  private final double lambda;
  private final Parallel parallel;
  private final double[] center;
  private final double[] q;
  private final double[] w;
  private final double gamma;
  private double refreshNorm;
  private double poolQ;
  private double poolMaxQ;
  private double chosenQ;
  private int poolSize;
  private int chosen;

  SquaredEuclideanGain(FloatMatrix x, double lambda, Parallel parallel) {
    this.x = x;
    this.lambda = lambda;
    this.parallel = parallel;
    int n = x.rows();
    int[] all = new int[n];
    java.util.Arrays.setAll(all, i -> i);
    this.center = ColumnSums.divide(PoolSums.weightedRowSum(x, all, n, null, parallel), n);
    this.q = new double[n];
    parallel.forChunks(n, 1024, (chunk, from, to) -> {
      float[] row = new float[x.cols()];
      for (int i = from; i < to; i++) {
        x.copyRow(i, row);
        double s = 0;
        for (int j = 0; j < row.length; j++) {
          double d = row[j] - center[j];
          s += d * d;
        }
        q[i] = s;
      }
    });
    this.w = new double[x.cols()];
    // inner product error plus the rounding of both centred rows to float32
    this.gamma = (Rounding.gamma(x.cols(), Rounding.FLOAT) + 3 * Rounding.FLOAT) * 1.01;
  }

  @Override
  public void startBin(int[] pool, int size, FloatMatrix out) {
    double[] sum = PoolSums.weightedRowSum(x, pool, size, null, parallel);
    double sq = 0;
    double max = 0;
    for (int k = 0; k < size; k++) {
      sq += q[pool[k]];
      max = Math.max(max, q[pool[k]]);
    }
    poolMaxQ = max;
    for (int j = 0; j < w.length; j++) {
      w[j] = lambda * (sum[j] - size * center[j]);
    }
    poolQ = sq;
    poolSize = size;
    chosen = 0;
    chosenQ = 0;
    PoolSums.transformedRows(x, pool, size, center, null, out, parallel);
  }

  private double qCoefficient() {
    return 2.0 * chosen - lambda * poolSize;
  }

  private double constant() {
    return -lambda * poolQ + 2 * chosenQ;
  }

  @Override
  public void beginRefresh() {
    refreshNorm = Vectors.norm(w);
  }

  @Override
  public double gainError(int i) {
    // 2 |fl((x - c) . w) - (x - c) . w| <= 2 gamma sqrt(q) ||w||; q(x) itself carries gamma q(x)
    double g = Rounding.gamma(x.cols() + 2, Rounding.DOUBLE) * 1.01;
    double qc = Math.abs(qCoefficient());
    return 2 * g * Math.sqrt(q[i]) * refreshNorm + qc * g * q[i]
        + 8 * Rounding.DOUBLE * (qc * q[i] + Math.abs(constant()) + 2 * Math.sqrt(q[i]) * refreshNorm);
  }

  @Override
  public double rowTerm(int i) {
    return 2 * q[i];
  }

  @Override
  public double pickTerm(int s) {
    return 2 * q[s];
  }

  @Override
  public double productScale() {
    return -4;
  }

  @Override
  public double changeError(int s) {
    // 4 |fl((x - c) . (s - c)) - (x - c) . (s - c)| <= 4 gamma sqrt(q(x) q(s)), q(x) <= the pool's max
    return 4 * gamma * Math.sqrt(poolMaxQ * q[s]) + 1e-12 * (poolMaxQ + q[s]);
  }

  @Override
  public double changeMagnitude(int s) {
    return 2 * poolMaxQ + 2 * q[s] + 4.01 * Math.sqrt(poolMaxQ * q[s]);
  }

  @Override
  public double gain(int i) {
    return qCoefficient() * q[i] + constant() + 2 * Vectors.centeredDotF64(x, i, center, w);
  }

  @Override
  public void add(int s) {
    // w -= 2 (s - c)
    Vectors.axpyF64(-2, x, s, w);
    for (int j = 0; j < w.length; j++) {
      w[j] += 2 * center[j];
    }
    chosen++;
    chosenQ += q[s];
  }
}
