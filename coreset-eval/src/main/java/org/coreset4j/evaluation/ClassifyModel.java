package org.coreset4j.evaluation;

import java.util.List;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.nn.Adam;
import org.coreset4j.nn.Minibatches;
import org.coreset4j.nn.Standardizer;

/**
 * A multinomial logistic-regression probe (see {@link ProbeParams} and {@link SoftmaxRegression}) on
 * features standardised on the training rows. Parameters start at zero. Metric: held-out accuracy
 * in percent (argmax ties go to the lowest class).
 */
final class ClassifyModel implements DownstreamModel {
  private static final List<Metric> METRICS = List.of(new Metric("accuracy", false));

  private final FloatMatrix features;
  private final int[] labels;
  private final int classes;
  private final ProbeParams params;
  private final SoftmaxRegression regression;

  ClassifyModel(FloatMatrix features, int[] labels, ProbeParams params) {
    this.features = features;
    this.labels = labels;
    this.classes = java.util.Arrays.stream(labels).max().orElse(0) + 1;
    this.params = params;
    this.regression = new SoftmaxRegression(classes, features.cols(), params.weightDecay());
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
  public double[] trainAndScore(int[] train, int[] test, long seed) {
    Standardizer st = Standardizer.fit(features, train);
    double[] theta = train(st.apply(features, train), rowsOf(train), train.length, seed);
    double[] logits = regression.logits(theta, st.apply(features, test), test.length);
    int correct = 0;
    for (int i = 0; i < test.length; i++) {
      correct += regression.argmax(logits, i) == labels[test[i]] ? 1 : 0;
    }
    return new double[] {100.0 * correct / test.length};
  }

  /** The most frequent training label (ties to the lowest class), predicted for every held-out row. */
  @Override
  public double[] trivial(int[] train, int[] test) {
    int[] counts = new int[classes];
    for (int r : train) {
      counts[labels[r]]++;
    }
    int majority = 0;
    for (int c = 1; c < classes; c++) {
      if (counts[c] > counts[majority]) {
        majority = c;
      }
    }
    int correct = 0;
    for (int r : test) {
      correct += labels[r] == majority ? 1 : 0;
    }
    return new double[] {100.0 * correct / test.length};
  }

  @Override
  public String describeTrivial() {
    return "the majority class of the training labels";
  }

  @Override
  public List<String> verdictMetrics() {
    return List.of("accuracy");
  }

  private int[] rowsOf(int[] rows) {
    int[] y = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      y[i] = labels[rows[i]];
    }
    return y;
  }

  /** Parameters W (classes x d) then c (classes), trained by Adam from zero. */
  double[] train(double[] x, int[] y, int n, long seed) {
    double[] theta = new double[regression.parameters()];
    double[] grad = new double[theta.length];
    Adam adam = new Adam(theta.length, params.learningRate());
    Minibatches.run(n, params.batch(), params.steps(), new SplittableRandom(seed),
        batch -> regression.step(theta, adam, x, y, batch, grad));
    return theta;
  }
}
