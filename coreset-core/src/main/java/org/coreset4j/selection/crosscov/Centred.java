package org.coreset4j.selection.crosscov;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * One modality's rows x_i - mean, read in float64 without a centred copy: the mean is the column
 * means, or zero when not centring.
 */
record Centred(FloatMatrix x, double[] mean) {
  static Centred of(FloatMatrix x, boolean center, int chunk, Parallel parallel) {
    return new Centred(x, center ? x.columnMeans(chunk, parallel) : new double[x.cols()]);
  }

  int cols() {
    return x.cols();
  }

  double get(int i, int c) {
    return x.get(i, c) - mean[c];
  }

  /** (x_i - mean) . w. */
  double dot(int i, double[] w) {
    return Vectors.centeredDotF64(x, i, mean, w);
  }

  /** x_i - mean. */
  double[] row(int i) {
    double[] out = new double[x.cols()];
    for (int c = 0; c < out.length; c++) {
      out[c] = get(i, c);
    }
    return out;
  }
}
