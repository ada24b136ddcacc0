package org.coreset4j.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Sampling;

/**
 * Depth prediction by ridge regression from fused features to block-averaged depth maps (see
 * {@link RidgeParams}); metrics on the held-out rows: RMSE and loss = MSE over all cells. Features
 * are standardised once with the column statistics of the training split (inputs only, never
 * targets), so every subset fits on the same feature space; inputs wider than the training split
 * (for example every patch token side by side) are fitted in sample space ({@link RowRidge}).
 */
final class DepthModel implements DownstreamModel {
  private static final List<Metric> METRICS = List.of(new Metric("rmse", true), new Metric("loss", true));

  private final double[] targets;
  private final int outputs;
  private final RidgeParams params;
  private final RowRidge ridge;
  private final boolean sampleSpace;

  DepthModel(FloatMatrix features, FloatMatrix maps, int height, int width, RidgeParams params, int[] trainSplit,
      Parallel par) {
    this.targets = DepthTargets.blockAverage(maps, height, width, params.side());
    this.outputs = DepthTargets.outputs(height, width, params.side());
    this.params = params;
    int n = features.rows();
    int d = features.cols();
    double[] x = Standardizer.fit(features, trainSplit).apply(features, IntStream.range(0, n).toArray());
    this.sampleSpace = d > trainSplit.length;
    this.ridge = sampleSpace ? RowRidge.inSampleSpace(x, targets, n, d, outputs, par)
        : RowRidge.inFeatureSpace(x, targets, d, outputs);
  }

  @Override
  public List<Metric> metrics() {
    return METRICS;
  }

  @Override
  public String describe() {
    return "ridge regression onto " + outputs + " block-averaged depth cells"
        + (sampleSpace ? " (in sample space)" : "") + ", lambda from " + Arrays.toString(params.lambdas())
        + " x n by validation";
  }

  @Override
  public double[] trainAndScore(int[] train, int[] test, long seed) {
    double lambda = chooseLambda(train, seed);
    double[] pred = ridge.predictions(train, test, new double[] {lambda * train.length})[0];
    if (pred == null) {
      throw new IllegalStateException("ridge system not positive definite at lambda " + lambda);
    }
    double mse = meanSquaredError(pred, test);
    return new double[] {Math.sqrt(mse), mse};
  }

  /** The per-cell mean of the training rows' targets, predicted for every held-out row. */
  @Override
  public double[] trivial(int[] train, int[] test) {
    double[] mean = new double[outputs];
    for (int r : train) {
      for (int c = 0; c < outputs; c++) {
        mean[c] += targets[r * outputs + c];
      }
    }
    for (int c = 0; c < outputs; c++) {
      mean[c] /= train.length;
    }
    double s = 0;
    for (int r : test) {
      for (int c = 0; c < outputs; c++) {
        double e = targets[r * outputs + c] - mean[c];
        s += e * e;
      }
    }
    double mse = s / ((double) test.length * outputs);
    return new double[] {Math.sqrt(mse), mse};
  }

  @Override
  public String describeTrivial() {
    return "the training mean of each depth cell";
  }

  @Override
  public List<String> verdictMetrics() {
    return List.of("rmse");
  }

  /** The relative lambda with the lowest validation MSE (ties to the smaller lambda). */
  double chooseLambda(int[] train, long seed) {
    double[] grid = params.lambdas();
    int n = train.length;
    int nVal = (int) Math.round(params.validationFraction() * n);
    if (nVal < 1 || n - nVal < 2) {
      return grid[grid.length / 2];
    }
    boolean[] isVal = new boolean[n];
    for (int i : Sampling.withoutReplacement(n, nVal, seed)) {
      isVal[i] = true;
    }
    int[] fit = rows(train, isVal, false);
    int[] val = rows(train, isVal, true);
    double[] penalties = new double[grid.length];
    for (int l = 0; l < grid.length; l++) {
      penalties[l] = grid[l] * fit.length;
    }
    double[][] preds = ridge.predictions(fit, val, penalties);
    double best = grid[0];
    double bestMse = Double.POSITIVE_INFINITY;
    for (int l = 0; l < grid.length; l++) {
      double mse = preds[l] == null ? Double.NaN : meanSquaredError(preds[l], val);
      if (mse < bestMse) {
        bestMse = mse;
        best = grid[l];
      }
    }
    return best;
  }

  /** Mean squared error of predictions (rows.length x outputs) against the targets of {@code rows}. */
  private double meanSquaredError(double[] pred, int[] rows) {
    double s = 0;
    for (int i = 0; i < rows.length; i++) {
      for (int c = 0; c < outputs; c++) {
        double e = pred[i * outputs + c] - targets[rows[i] * outputs + c];
        s += e * e;
      }
    }
    return s / pred.length;
  }

  /** The rows of {@code train} whose flag equals {@code value}, in order. */
  private static int[] rows(int[] train, boolean[] flags, boolean value) {
    return IntStream.range(0, train.length).filter(i -> flags[i] == value).map(i -> train[i]).toArray();
  }
}
