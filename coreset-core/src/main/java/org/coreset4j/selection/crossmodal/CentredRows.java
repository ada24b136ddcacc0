package org.coreset4j.selection.crossmodal;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * One modality's rows x_i - mean, read in float64 without a centred copy: the mean is the column
 * means, or zero when not centring.
 */
public record CentredRows(FloatMatrix x, double[] mean) {
  public static CentredRows of(FloatMatrix x, boolean center, int chunk, Parallel parallel) {
    return new CentredRows(x, center ? x.columnMeans(chunk, parallel) : new double[x.cols()]);
  }

  /** The rows as they are (a zero mean). */
  public static CentredRows asGiven(FloatMatrix x) {
    return new CentredRows(x, new double[x.cols()]);
  }

  public int cols() {
    return x.cols();
  }

  public double get(int i, int c) {
    return x.get(i, c) - mean[c];
  }

  /** (x_i - mean) . w. */
  public double dot(int i, double[] w) {
    return Vectors.centeredDotF64(x, i, mean, w);
  }

  /** x_i - mean. */
  public double[] row(int i) {
    double[] out = new double[x.cols()];
    for (int c = 0; c < out.length; c++) {
      out[c] = get(i, c);
    }
    return out;
  }
}
