package org.coreset4j.nn;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.ColumnSums;

/**
 * Column z-scores fitted on a model's training rows only: (x - mean) / std, float64; a column that
 * is constant on the training rows keeps std 1.
 */
public final class Standardizer {
  private final double[] mean;
  private final double[] scale;

  private Standardizer(double[] mean, double[] scale) {
    this.mean = mean;
    this.scale = scale;
  }

  /** A standardiser with the given column means and scales 1 / std (as {@link #mean()} and {@link #scale()}). */
  public static Standardizer of(double[] mean, double[] scale) {
    if (mean.length != scale.length) {
      throw new IllegalArgumentException(mean.length + " means but " + scale.length + " scales");
    }
    return new Standardizer(mean.clone(), scale.clone());
  }

  public double[] mean() {
    return mean.clone();
  }

  /** The factor of each column, 1 / std. */
  public double[] scale() {
    return scale.clone();
  }

  public static Standardizer fit(FloatMatrix x, int[] rows) {
    double[] mean = ColumnSums.divide(sum(x, rows, null), rows.length);
    return new Standardizer(mean, ColumnSums.inverseStd(sum(x, rows, mean), rows.length));
  }

  /** Column sums over {@code rows} in row order, or of squared deviations from {@code center} when given. */
  private static double[] sum(FloatMatrix x, int[] rows, double[] center) {
    double[] s = new double[x.cols()];
    float[] buf = new float[x.cols()];
    for (int r : rows) {
      x.copyRow(r, buf);
      ColumnSums.add(buf, center, s);
    }
    return s;
  }

  /** The given rows of {@code x}, standardised, as a flat rows.length x d array. */
  public double[] apply(FloatMatrix x, int[] rows) {
    int d = x.cols();
    double[] out = new double[rows.length * d];
    float[] buf = new float[d];
    for (int i = 0; i < rows.length; i++) {
      x.copyRow(rows[i], buf);
      for (int c = 0; c < d; c++) {
        out[i * d + c] = (buf[c] - mean[c]) * scale[c];
      }
    }
    return out;
  }

  /** The inverse map x = z / scale + mean of n standardised rows (flat n x d), as float32 rows. */
  public float[] restore(double[] z, int n) {
    int d = mean.length;
    float[] out = new float[n * d];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < d; c++) {
        out[i * d + c] = (float) (z[i * d + c] / scale[c] + mean[c]);
      }
    }
    return out;
  }

  /** Fits on {@code rows} and returns them standardised. */
  public static double[] fitApply(FloatMatrix x, int[] rows) {
    return fit(x, rows).apply(x, rows);
  }
}
