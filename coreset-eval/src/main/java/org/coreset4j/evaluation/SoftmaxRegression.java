package org.coreset4j.evaluation;

import org.coreset4j.nn.Adam;
import org.coreset4j.nn.Dense;

/**
 * Multinomial logistic regression on float64 rows: parameters theta = W (classes x d, row-major)
 * then c (classes); logits z = W x + c, p = softmax(z), loss = mean_i -log p_{i, y_i} +
 * (weightDecay / 2) ||W||^2, so dL/dz = (p - onehot(y)) / B. Shared by the classification probe
 * of the evaluation and by the training-signal {@link Probe}.
 */
final class SoftmaxRegression {
  private final int classes;
  private final int dims;
  private final double weightDecay;

  SoftmaxRegression(int classes, int dims, double weightDecay) {
    this.classes = classes;
    this.dims = dims;
    this.weightDecay = weightDecay;
  }

  /** The length of theta. */
  int parameters() {
    return classes * (dims + 1);
  }

  /** One Adam step on rows {@code batch} of the flat n x d array {@code x}; grad is scratch space. */
  void step(double[] theta, Adam adam, double[] x, int[] y, int[] batch, double[] grad) {
    int[] yb = new int[batch.length];
    for (int i = 0; i < batch.length; i++) {
      yb[i] = y[batch[i]];
    }
    lossAndGradient(theta, DownstreamModel.gatherRows(x, dims, batch), yb, grad);
    adam.step(theta, grad);
  }

  /** The regularised mean cross-entropy of a batch; writes dL/dtheta into grad. */
  double lossAndGradient(double[] theta, double[] x, int[] y, double[] grad) {
    int b = y.length;
    double[] z = logits(theta, x, b);
    double loss = 0;
    for (int i = 0; i < b; i++) {
      double lse = logSumExp(z, i);
      loss += (lse - z[i * classes + y[i]]) / b;
      for (int c = 0; c < classes; c++) {
        z[i * classes + c] = (Math.exp(z[i * classes + c] - lse) - (c == y[i] ? 1 : 0)) / b;
      }
    }
    double[] gw = Dense.transposedTimes(z, x, b, classes, dims);
    double sq = 0;
    for (int k = 0; k < classes * dims; k++) {
      sq += theta[k] * theta[k];
      grad[k] = gw[k] + weightDecay * theta[k];
    }
    for (int c = 0; c < classes; c++) {
      double s = 0;
      for (int i = 0; i < b; i++) {
        s += z[i * classes + c];
      }
      grad[classes * dims + c] = s;
    }
    return loss + 0.5 * weightDecay * sq;
  }

  /** The n x classes logits of the flat n x d rows {@code x}. */
  double[] logits(double[] theta, double[] x, int n) {
    double[] z = Dense.timesTransposed(x, theta, n, classes, dims);
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < classes; c++) {
        z[i * classes + c] += theta[classes * dims + c];
      }
    }
    return z;
  }

  /** The predicted class of row i of the logits; ties go to the lowest class. */
  int argmax(double[] z, int i) {
    int best = 0;
    for (int c = 1; c < classes; c++) {
      if (z[i * classes + c] > z[i * classes + best]) {
        best = c;
      }
    }
    return best;
  }

  /** -log softmax(z_i)_y, the cross-entropy of row i of the logits against class y. */
  double crossEntropy(double[] z, int i, int y) {
    return logSumExp(z, i) - z[i * classes + y];
  }

  /** ||softmax(z_i) - onehot(y)||_2, the EL2N score of row i of the logits (Paul et al. 2021). */
  double errorNorm(double[] z, int i, int y) {
    double lse = logSumExp(z, i);
    double sq = 0;
    for (int c = 0; c < classes; c++) {
      double d = Math.exp(z[i * classes + c] - lse) - (c == y ? 1 : 0);
      sq += d * d;
    }
    return Math.sqrt(sq);
  }

  /** log sum_c exp(z_ic), computed as max + log sum_c exp(z_ic - max). */
  private double logSumExp(double[] z, int i) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < classes; c++) {
      max = Math.max(max, z[i * classes + c]);
    }
    double sum = 0;
    for (int c = 0; c < classes; c++) {
      sum += Math.exp(z[i * classes + c] - max);
    }
    return max + Math.log(sum);
  }
}
