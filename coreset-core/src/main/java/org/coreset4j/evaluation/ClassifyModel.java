package org.coreset4j.evaluation;

import java.util.List;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;

/**
 * A multinomial logistic-regression probe (see {@link ProbeParams}): logits z = W x + c,
 * p = softmax(z), loss = mean_i -log p_{i, y_i} + (weightDecay / 2) ||W||^2, so
 * dL/dz = (p - onehot(y)) / B. Parameters start at zero. Metric: held-out accuracy in percent
 * (argmax ties go to the lowest class).
 */
final class ClassifyModel implements DownstreamModel {
  private static final List<Metric> METRICS = List.of(new Metric("accuracy", false));

  private final FloatMatrix features;
  private final int[] labels;
  private final int classes;
  private final ProbeParams params;

  ClassifyModel(FloatMatrix features, int[] labels, ProbeParams params) {
    this.features = features;
    this.labels = labels;
    this.classes = java.util.Arrays.stream(labels).max().orElse(0) + 1;
    this.params = params;
  }

  @Override
  public List<Metric> metrics() {
    return METRICS;
  }

  @Override
  public String describe() {
    return "logistic-regression probe over " + classes + " classes (" + params.steps() + " steps, batch "
        + params.batch() + ", Adam lr " + params.learningRate() + ", weight decay " + params.weightDecay() + ")";
  }

  @Override
  public double[] trainAndScore(int[] train, int[] test, long seed, Parallel par) {
    int d = features.cols();
    Standardizer st = Standardizer.fit(features, train);
    double[] theta = train(st.apply(features, train), rowsOf(train), train.length, seed, par);
    double[] logits = logits(theta, st.apply(features, test), test.length, d, par);
    int correct = 0;
    for (int i = 0; i < test.length; i++) {
      correct += argmax(logits, i) == labels[test[i]] ? 1 : 0;
    }
    return new double[] {100.0 * correct / test.length};
  }

  private int[] rowsOf(int[] rows) {
    int[] y = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      y[i] = labels[rows[i]];
    }
    return y;
  }

  /** Parameters W (classes x d) then c (classes), trained by Adam from zero. */
  double[] train(double[] x, int[] y, int n, long seed, Parallel par) {
    int d = features.cols();
    double[] theta = new double[classes * (d + 1)];
    double[] grad = new double[theta.length];
    Adam adam = new Adam(theta.length, params.learningRate());
    Minibatches.run(n, params.batch(), params.steps(), new SplittableRandom(seed), batch -> {
      int[] yb = new int[batch.length];
      for (int i = 0; i < batch.length; i++) {
        yb[i] = y[batch[i]];
      }
      lossAndGradient(theta, DownstreamModel.gatherRows(x, d, batch), yb, grad, par);
      adam.step(theta, grad);
    });
    return theta;
  }

  /** The regularised mean cross-entropy of a batch; writes dL/dtheta into grad. */
  double lossAndGradient(double[] theta, double[] x, int[] y, double[] grad, Parallel par) {
    int d = features.cols();
    int b = y.length;
    double[] z = logits(theta, x, b, d, par);
    double loss = 0;
    for (int i = 0; i < b; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        max = Math.max(max, z[i * classes + c]);
      }
      double sum = 0;
      for (int c = 0; c < classes; c++) {
        sum += Math.exp(z[i * classes + c] - max);
      }
      loss += (max + Math.log(sum) - z[i * classes + y[i]]) / b;
      for (int c = 0; c < classes; c++) {
        z[i * classes + c] = (Math.exp(z[i * classes + c] - max) / sum - (c == y[i] ? 1 : 0)) / b;
      }
    }
    double[] gw = Dense.transposedTimes(z, x, b, classes, d, par);
    double sq = 0;
    for (int k = 0; k < classes * d; k++) {
      sq += theta[k] * theta[k];
      grad[k] = gw[k] + params.weightDecay() * theta[k];
    }
    for (int c = 0; c < classes; c++) {
      double s = 0;
      for (int i = 0; i < b; i++) {
        s += z[i * classes + c];
      }
      grad[classes * d + c] = s;
    }
    return loss + 0.5 * params.weightDecay() * sq;
  }

  private double[] logits(double[] theta, double[] x, int n, int d, Parallel par) {
    double[] z = Dense.timesTransposed(x, theta, n, classes, d, par);
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < classes; c++) {
        z[i * classes + c] += theta[classes * d + c];
      }
    }
    return z;
  }

  private int argmax(double[] z, int i) {
    int best = 0;
    for (int c = 1; c < classes; c++) {
      if (z[i * classes + c] > z[i * classes + best]) {
        best = c;
      }
    }
    return best;
  }
}
