package org.coreset4j.nn;

import org.coreset4j.data.FloatMatrix;

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

  public static Standardizer fit(FloatMatrix x, int[] rows) {
    int d = x.cols();
    double[] mean = new double[d];
    double[] sq = new double[d];
    float[] buf = new float[d];
    for (int r : rows) {
      x.copyRow(r, buf);
      for (int c = 0; c < d; c++) {
        mean[c] += buf[c];
      }
    }
    for (int c = 0; c < d; c++) {
      mean[c] /= rows.length;
    }
    for (int r : rows) {
      x.copyRow(r, buf);
      for (int c = 0; c < d; c++) {
        double t = buf[c] - mean[c];
        sq[c] += t * t;
      }
    }
    double[] scale = new double[d];
    for (int c = 0; c < d; c++) {
      double std = Math.sqrt(sq[c] / rows.length);
      scale[c] = std > 0 ? 1 / std : 1;
    }
    return new Standardizer(mean, scale);
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
