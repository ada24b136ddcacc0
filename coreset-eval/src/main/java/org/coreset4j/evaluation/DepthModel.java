package org.coreset4j.evaluation;

import java.util.Arrays;
import java.util.List;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Sampling;

/**
 * Depth prediction by ridge regression from fused features to block-averaged depth maps (see
 * {@link RidgeParams}); metrics on the held-out rows: RMSE and loss = MSE over all cells.
 */
final class DepthModel implements DownstreamModel {
  private static final List<Metric> METRICS = List.of(new Metric("rmse", true), new Metric("loss", true));

  private final FloatMatrix features;
  private final double[] targets;
  private final int outputs;
  private final RidgeParams params;

  DepthModel(FloatMatrix features, FloatMatrix maps, int height, int width, RidgeParams params) {
    this.features = features;
    this.targets = DepthTargets.blockAverage(maps, height, width, params.side());
    this.outputs = DepthTargets.outputs(height, width, params.side());
    this.params = params;
  }

  @Override
  public List<Metric> metrics() {
    return METRICS;
  }

  @Override
  public String describe() {
    return "ridge regression onto " + outputs + " block-averaged depth cells, lambda from "
        + Arrays.toString(params.lambdas()) + " x n by validation";
  }

  @Override
  public double[] trainAndScore(int[] train, int[] test, long seed, Parallel par) {
    int d = features.cols();
    Standardizer st = Standardizer.fit(features, train);
    double[] x = st.apply(features, train);
    double[] y = DownstreamModel.gatherRows(targets, outputs, train);
    double lambda = chooseLambda(x, y, train.length, seed, par);
    RidgeRegression.Fit fit =
        RidgeRegression.NormalEquations.of(x, y, train.length, d, outputs, par).solve(lambda * train.length);
    if (fit == null) {
      throw new IllegalStateException("ridge normal equations not positive definite at lambda " + lambda);
    }
    double mse = meanSquaredError(fit, st.apply(features, test), DownstreamModel.gatherRows(targets, outputs, test),
        test.length, par);
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
  double chooseLambda(double[] x, double[] y, int n, long seed, Parallel par) {
    double[] grid = params.lambdas();
    int nVal = (int) Math.round(params.validationFraction() * n);
    if (nVal < 1 || n - nVal < 2) {
      return grid[grid.length / 2];
    }
    boolean[] isVal = new boolean[n];
    for (int i : Sampling.withoutReplacement(n, nVal, seed)) {
      isVal[i] = true;
    }
    int[] valPos = positions(isVal, true);
    int[] fitPos = positions(isVal, false);
    int d = features.cols();
    double[] xFit = DownstreamModel.gatherRows(x, d, fitPos);
    double[] yFit = DownstreamModel.gatherRows(y, outputs, fitPos);
    double[] xVal = DownstreamModel.gatherRows(x, d, valPos);
    double[] yVal = DownstreamModel.gatherRows(y, outputs, valPos);
    RidgeRegression.NormalEquations normal =
        RidgeRegression.NormalEquations.of(xFit, yFit, fitPos.length, d, outputs, par);
    double best = grid[0];
    double bestMse = Double.POSITIVE_INFINITY;
    for (double lambda : grid) {
      RidgeRegression.Fit fit = normal.solve(lambda * fitPos.length);
      double mse = fit == null ? Double.NaN : meanSquaredError(fit, xVal, yVal, valPos.length, par);
      if (mse < bestMse) {
        bestMse = mse;
        best = lambda;
      }
    }
    return best;
  }

  private double meanSquaredError(RidgeRegression.Fit fit, double[] x, double[] y, int n, Parallel par) {
    double[] pred = fit.predict(x, n, par);
    double s = 0;
    for (int i = 0; i < pred.length; i++) {
      double e = pred[i] - y[i];
      s += e * e;
    }
    return s / pred.length;
  }

  private static int[] positions(boolean[] flags, boolean value) {
    int count = 0;
    for (boolean f : flags) {
      count += f == value ? 1 : 0;
    }
    int[] out = new int[count];
    int j = 0;
    for (int i = 0; i < flags.length; i++) {
      if (flags[i] == value) {
        out[j++] = i;
      }
    }
    return out;
  }
}
