package org.coreset4j.selection.dq;

import org.coreset4j.kernels.Rounding;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * sim(p, x) = 0.5 + 0.5 cos(p, x). With x^ = x / ||x||, sum_{p in P} sim(p, x) = 0.5 |P| + 0.5 x^ . sum_P p^,
 * so gain(x) = 0.5 lambda |P| - |S| + 0.5 x^ . v with v = lambda sum_P p^ - 2 sum_S s^, and a pick
 * s changes gain(x) by -(1 + x^ . s^). Transformed rows are the unit rows x^.
 */
final class CosineGain implements GainModel {
  /** Bound of |fl32(x^) . fl32(s^) - x^ . s^| beyond gamma_D: the rounding of the unit rows. */
  private static final double ROW_ROUNDING = 3 * 0x1p-24;

  private final FloatMatrix x;
  private final double lambda;
  private final Parallel parallel;
  private final double[] inverseNorm;
  private final double[] v;
  private final double changeError;
  private double refreshError;
  private int poolSize;
  private int chosen;

  CosineGain(FloatMatrix x, double lambda, Parallel parallel) {
    this.x = x;
    this.lambda = lambda;
    this.parallel = parallel;
    this.inverseNorm = new double[x.rows()];
    this.v = new double[x.cols()];
    for (int i = 0; i < x.rows(); i++) {
      double norm = Math.sqrt(Vectors.sumSquaresF64(x, i));
      if (norm == 0) {
        throw new InvalidInputException("row " + i + " of the features is all zeros; --kernel cosine needs "
            + "nonzero rows (use --kernel sqeuclidean or drop the row)");
      }
      inverseNorm[i] = 1 / norm;
    }
    this.changeError = (Rounding.gamma(x.cols(), Rounding.FLOAT) + ROW_ROUNDING) * 1.01 + 1e-12;
  }

  @Override
  public void startBin(int[] pool, int size, FloatMatrix out) {
    double[] sum = PoolSums.weightedRowSum(x, pool, size, inverseNorm, parallel);
    for (int j = 0; j < v.length; j++) {
      v[j] = lambda * sum[j];
    }
    poolSize = size;
    chosen = 0;
    PoolSums.transformedRows(x, pool, size, null, inverseNorm, out, parallel);
  }

  private double constant() {
    return 0.5 * lambda * poolSize - chosen;
  }

  @Override
  public void beginRefresh() {
    double norm = Vectors.norm(v);
    // 0.5 inv(x) |fl(x . v) - x . v| <= 0.5 gamma ||v||, plus the rounding of the float64 terms
    refreshError = 0.5 * Rounding.gamma(x.cols() + 2, Rounding.DOUBLE) * norm * 1.01
        + 8 * Rounding.DOUBLE * (Math.abs(constant()) + 0.5 * norm);
  }

  @Override
  public double gainError(int i) {
    return refreshError;
  }

  @Override
  public double rowTerm(int i) {
    return 0;
  }

  @Override
  public double pickTerm(int s) {
    return -1;
  }

  @Override
  public double productScale() {
    return -1;
  }

  @Override
  public double changeError(int s) {
    return changeError;
  }

  @Override
  public double changeMagnitude(int s) {
    return 2 + changeError;
  }

  @Override
  public double gain(int i) {
    return constant() + 0.5 * inverseNorm[i] * Vectors.dotF64(x, i, v);
  }

  @Override
  public void add(int s) {
    Vectors.axpyF64(-2 * inverseNorm[s], x, s, v);
    chosen++;
  }
}
