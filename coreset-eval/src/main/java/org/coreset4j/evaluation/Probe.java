package org.coreset4j.evaluation;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.coreset4j.nn.Adam;
import org.coreset4j.nn.Minibatches;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Progress;

/**
 * Training signals without an external trainer: trains the evaluation's logistic-regression probe
 * ({@link SoftmaxRegression}, parameters from zero, Adam) on ALL N samples, standardised on all of
 * them, for E epochs of seeded shuffled minibatches, and records per sample
 * <ul>
 *   <li>after every epoch whether argmax z_i == y_i (ties to the lowest class): the N x E events
 *       of forgetting (Toneva et al. 2019);
 *   <li>after the EL2N epoch the error L2 norm ||softmax(z_i) - onehot(y_i)||_2 (Paul et al. 2021),
 *       averaged over the EL2N runs: run r shuffles with seed + r and stops at the EL2N epoch,
 *       except run 0, which is the full run;
 *   <li>after the last epoch the cross-entropy -log softmax(z_i)_{y_i}.
 * </ul>
 * Every sum has a fixed order, so the signals depend on the seed only, not on the thread count.
 * Memory: the standardised features as float64 (8 N D bytes).
 */
public final class Probe {
  /** Sees the parameters after each epoch of each run (run 0 first; epochs counted from 1). */
  @FunctionalInterface
  interface EpochObserver {
    void afterEpoch(int run, int epoch, double[] theta);
  }

  private Probe() {}

  /** The signals of {@code features} (N x D) with class labels 0, 1, ... (N values). */
  public static ProbeSignals signals(FloatMatrix features, int[] labels, ProbeSignalParams params, long seed,
      Progress progress) {
    return signals(features, labels, params, seed, progress, (run, epoch, theta) -> {});
  }

  static ProbeSignals signals(FloatMatrix features, int[] labels, ProbeSignalParams params, long seed,
      Progress progress, EpochObserver observer) {
    int n = features.rows();
    int classes = checkedClasses(features, labels);
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    double[] x = Standardizer.fitApply(features, all);
    SoftmaxRegression model = new SoftmaxRegression(classes, features.cols(), params.weightDecay());
    byte[][] events = new byte[n][params.epochs()];
    double[] el2n = new double[n];
    double[] loss = new double[n];
    progress.start("probe", params.epochs() + (long) (params.el2nRuns() - 1) * params.el2nEpoch());
    for (int run = 0; run < params.el2nRuns(); run++) {
      int r = run;
      int epochs = run == 0 ? params.epochs() : params.el2nEpoch();
      double[] theta = new double[model.parameters()];
      double[] grad = new double[theta.length];
      Adam adam = new Adam(theta.length, params.learningRate());
      Minibatches.epochs(n, params.batch(), epochs, new SplittableRandom(seed + run),
          batch -> model.step(theta, adam, x, labels, batch, grad),
          epoch -> {
            observer.afterEpoch(r, epoch, theta);
            progress.advance(1);
            if (r > 0 && epoch < params.el2nEpoch()) {
              return;
            }
            double[] z = model.logits(theta, x, n);
            for (int i = 0; i < n; i++) {
              if (r == 0) {
                events[i][epoch - 1] = (byte) (model.argmax(z, i) == labels[i] ? 1 : 0);
              }
              if (epoch == params.el2nEpoch()) {
                el2n[i] += model.errorNorm(z, i, labels[i]) / params.el2nRuns();
              }
              if (r == 0 && epoch == params.epochs()) {
                loss[i] = model.crossEntropy(z, i, labels[i]);
              }
            }
          });
    }
    progress.finish();
    int correct = 0;
    for (byte[] e : events) {
      correct += e[params.epochs() - 1];
    }
    return new ProbeSignals(events, el2n, loss, classes, n == 0 ? 0 : 100.0 * correct / n);
  }

  /** The number of classes (largest label + 1) after checking the labels against the features. */
  private static int checkedClasses(FloatMatrix features, int[] labels) {
    int n = InputChecks.samples(Map.of("features", features));
    if (labels.length != n) {
      throw new InvalidInputException("--labels has " + labels.length + " values but the inputs have " + n + " rows");
    }
    int min = Arrays.stream(labels).min().orElse(0);
    if (min < 0) {
      throw new InvalidInputException("--labels holds the negative label " + min + "; labels must be 0, 1, ...");
    }
    long distinct = Arrays.stream(labels).distinct().count();
    if (distinct < 2) {
      throw new InvalidInputException("--labels holds " + distinct + " distinct class(es); the probe needs at least 2");
    }
    int max = Arrays.stream(labels).max().orElse(0);
    if ((long) (max + 1) * (features.cols() + 1) > Integer.MAX_VALUE - 8) {
      throw new InvalidInputException("--labels holds the label " + max + ": too many classes for "
          + features.cols() + " feature dimensions");
    }
    return max + 1;
  }
}
