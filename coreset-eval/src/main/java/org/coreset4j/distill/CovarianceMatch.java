package org.coreset4j.distill;

import org.coreset4j.nn.Dense;

/**
 * Statistics matching: M synthetic pairs (X: M x D_I, Y: M x D_T) against the N real pairs (U, V)
 * through their first and second moments. With means x̄ = X^T 1 / M, second moments
 * S_XX = X^T X / M, S_YY = Y^T Y / M and the cross moment S_XY = X^T Y / M (the real ones from U, V
 * over N), the objective is
 * J = |x̄ - ū|^2 / D_I + |ȳ - v̄|^2 / D_T + |S_XX - S_UU|_F^2 / |S_UU|_F^2 + |S_YY - S_VV|_F^2 / |S_VV|_F^2
 *     + |S_XY - S_UV|_F^2 / |S_UV|_F^2,
 * and with E_XX = S_XX - S_UU, E_XY = S_XY - S_UV its gradient is
 * dJ/dX = 2 1 (x̄ - ū)^T / (M D_I) + 4 X E_XX / (M |S_UU|^2) + 2 Y E_XY^T / (M |S_UV|^2), and
 * dJ/dY = 2 1 (ȳ - v̄)^T / (M D_T) + 4 Y E_YY / (M |S_VV|^2) + 2 X E_XY / (M |S_UV|^2).
 * Means and second moments together fix the covariances, the image-text one included.
 */
final class CovarianceMatch {
  /** J and its gradient: dJ/dX (M x D_I), dJ/dY (M x D_T). */
  record Result(double value, double[] gradImage, double[] gradText) {}

  private final Moments image;
  private final Moments text;
  private final double[] cross;
  private final double crossSquared;

  private CovarianceMatch(Moments image, Moments text, double[] cross) {
    this.image = image;
    this.text = text;
    this.cross = cross;
    this.crossSquared = HeadSide.dot(cross, cross);
  }

  /** The real statistics of the n pairs u (n x du), v (n x dv). */
  static CovarianceMatch of(double[] u, double[] v, int n, int du, int dv) {
    double[] cross = scaled(Dense.transposedTimes(u, v, n, du, dv), 1.0 / n);
    return new CovarianceMatch(Moments.of(u, n, du), Moments.of(v, n, dv), cross);
  }

  /** J at the m synthetic pairs (x, y) and its gradient. */
  Result evaluate(double[] x, double[] y, int m) {
    Moments sx = Moments.of(x, m, image.cols);
    Moments sy = Moments.of(y, m, text.cols);
    double[] crossError = minus(scaled(Dense.transposedTimes(x, y, m, image.cols, text.cols), 1.0 / m), cross);
    double value = image.distance(sx) + text.distance(sy) + HeadSide.dot(crossError, crossError) / crossSquared;
    double[] gx = image.gradient(sx, x, m);
    double[] gy = text.gradient(sy, y, m);
    double c = 2.0 / (m * crossSquared);
    add(gx, Dense.timesTransposed(y, crossError, m, image.cols, text.cols), c);
    add(gy, Dense.times(x, crossError, m, image.cols, text.cols), c);
    return new Result(value, gx, gy);
  }

  /** One modality's mean (cols) and second moment (cols x cols). */
  private record Moments(int cols, double[] mean, double[] second, double secondSquared) {
    static Moments of(double[] x, int n, int cols) {
      double[] mean = new double[cols];
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < cols; c++) {
          mean[c] += x[i * cols + c] / n;
        }
      }
      double[] second = scaled(Dense.transposedTimes(x, x, n, cols, cols), 1.0 / n);
      return new Moments(cols, mean, second, HeadSide.dot(second, second));
    }

    /** This side's terms of J for the synthetic moments s: |mean error|^2 / cols + |second error|^2 / |S|^2. */
    double distance(Moments s) {
      double[] dm = minus(s.mean, mean);
      double[] ds = minus(s.second, second);
      return HeadSide.dot(dm, dm) / cols + HeadSide.dot(ds, ds) / secondSquared;
    }

    /** d distance / dx = 2 1 (x̄ - mean)^T / (m cols) + 4 x (S_x - S) / (m |S|^2). */
    double[] gradient(Moments s, double[] x, int m) {
      double[] out = scaled(Dense.times(x, minus(s.second, second), m, cols, cols), 4.0 / (m * secondSquared));
      double[] dm = minus(s.mean, mean);
      for (int i = 0; i < m; i++) {
        for (int c = 0; c < cols; c++) {
          out[i * cols + c] += 2 * dm[c] / (m * cols);
        }
      }
      return out;
    }
  }

  private static double[] scaled(double[] x, double c) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= c;
    }
    return x;
  }

  private static double[] minus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] - b[i];
    }
    return out;
  }

  private static void add(double[] into, double[] x, double c) {
    for (int i = 0; i < into.length; i++) {
      into[i] += c * x[i];
    }
  }
}
