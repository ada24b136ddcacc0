package org.coreset4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;

class ProbeTest {
  private static final ProbeSignalParams TINY = new ProbeSignalParams(5, 2, 3, 8, 0.05, 1e-3);

  @Test
  void signalsMatchABruteForceRecomputationFromTheSameWeights() {
    int n = 37, d = 5, classes = 3;
    FloatMatrix x = Fixtures.gaussian(n, d, 3);
    int[] y = Fixtures.labels(x, classes, 4);
    List<double[]> run0 = new ArrayList<>();
    double[][] el2nByRun = new double[TINY.el2nRuns()][];
    double[] z = standardised(x);
    ProbeSignals s;
    s = Probe.signals(x, y, TINY, 9, Progress.NONE, (run, epoch, theta) -> {
      if (run == 0) {
        run0.add(theta.clone());
      }
      if (epoch == TINY.el2nEpoch()) {
        el2nByRun[run] = bruteForce(z, y, theta, n, d, classes)[1];
      }
    });
    assertThat(run0).hasSize(TINY.epochs());
    for (int e = 0; e < TINY.epochs(); e++) {
      double[] correct = bruteForce(z, y, run0.get(e), n, d, classes)[0];
      for (int i = 0; i < n; i++) {
        assertThat(s.events()[i][e]).as("sample %d epoch %d", i, e).isEqualTo((byte) correct[i]);
      }
    }
    double[] loss = bruteForce(z, y, run0.get(TINY.epochs() - 1), n, d, classes)[2];
    for (int i = 0; i < n; i++) {
      double mean = (el2nByRun[0][i] + el2nByRun[1][i] + el2nByRun[2][i]) / 3;
      assertThat(s.el2n()[i]).isCloseTo(mean, within(1e-12));
      assertThat(s.loss()[i]).isCloseTo(loss[i], within(1e-12));
    }
    double lastCorrect = Arrays.stream(s.events()).mapToInt(e -> e[TINY.epochs() - 1]).sum();
    assertThat(s.accuracy()).isEqualTo(100.0 * lastCorrect / n);
    assertThat(s.classes()).isEqualTo(classes);
  }

  @Test
  void eachRunIsTheClassificationProbeTrainedForWholeEpochs() {
    int n = 29, d = 4, batch = TINY.batch();
    FloatMatrix x = Fixtures.gaussian(n, d, 5);
    int[] y = Fixtures.labels(x, 3, 6);
    double[][] last = new double[TINY.el2nRuns()][];
    Probe.signals(x, y, TINY, 2, Progress.NONE, (run, epoch, theta) -> last[run] = theta.clone());
    int perEpoch = (n + batch - 1) / batch;
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    double[] xs = Standardizer.fitApply(x, all);
    for (int run = 0; run < TINY.el2nRuns(); run++) {
      int epochs = run == 0 ? TINY.epochs() : TINY.el2nEpoch();
      ClassifyModel model = new ClassifyModel(x, y,
          new ProbeParams(epochs * perEpoch, batch, TINY.learningRate(), TINY.weightDecay()));
      assertThat(last[run]).containsExactly(model.train(xs, y, n, 2 + run));
    }
  }

  @Test
  void signalsDoNotDependOnTheThreadCount() {
    FloatMatrix x = Fixtures.gaussian(300, 24, 7);
    int[] y = Fixtures.labels(x, 5, 8);
    ProbeSignalParams params = ProbeSignalParams.DEFAULTS.with(4, 2, 2);
    ProbeSignals one;
    ProbeSignals two;
    one = Probe.signals(x, y, params, 11, Progress.NONE);
    two = Probe.signals(x, y, params, 11, Progress.NONE);
    assertThat(two.events()).isDeepEqualTo(one.events());
    assertThat(two.el2n()).containsExactly(one.el2n());
    assertThat(two.loss()).containsExactly(one.loss());
  }

  @Test
  void aLearnableTaskEndsMostlyCorrectAndEventsAreWrittenAsBooleans() {
    FloatMatrix x = Fixtures.gaussian(200, 6, 1);
    int[] y = Fixtures.labels(x, 2, 2);
    ProbeSignals s;
    s = Probe.signals(x, y, ProbeSignalParams.DEFAULTS.with(10, 2, 1), 0, Progress.NONE);
    assertThat(s.accuracy()).isGreaterThan(80);
    assertThat(s.eventsArray().shape()).containsExactly(200, 10);
    boolean[] flat = (boolean[]) s.eventsArray().data();
    assertThat(flat[3 * 10 + 9]).isEqualTo(s.events()[3][9] == 1);
  }

  @Test
  void badLabelsAndSettingsAreInputErrors() {
    FloatMatrix x = Fixtures.gaussian(6, 2, 1);
    assertThatThrownBy(() -> Probe.signals(x, new int[] {0, 1, 0}, TINY, 0, Progress.NONE))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--labels has 3 values");
    assertThatThrownBy(() -> Probe.signals(x, new int[] {0, 1, 0, 1, -1, 0}, TINY, 0, Progress.NONE))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("negative label -1");
    assertThatThrownBy(() -> Probe.signals(x, new int[] {2, 2, 2, 2, 2, 2}, TINY, 0, Progress.NONE))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 2");
    FloatMatrix nan = Fixtures.gaussian(6, 2, 1);
    nan.set(4, 1, Float.NaN);
    assertThatThrownBy(() -> Probe.signals(nan, new int[] {0, 1, 0, 1, 0, 1}, TINY, 0, Progress.NONE))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 4");
    assertThatThrownBy(() -> ProbeSignalParams.DEFAULTS.with(3, 4, 1)).hasMessageContaining("--el2n-epoch 4");
    assertThatThrownBy(() -> ProbeSignalParams.DEFAULTS.with(0, 1, 1)).hasMessageContaining("--epochs 0");
    assertThatThrownBy(() -> ProbeSignalParams.DEFAULTS.with(3, 1, 0)).hasMessageContaining("--el2n-runs 0");
  }

  /** Column z-scores over all rows in float64 (population std; a constant column keeps scale 1). */
  private static double[] standardised(FloatMatrix x) {
    int n = x.rows(), d = x.cols();
    double[] out = new double[n * d];
    for (int c = 0; c < d; c++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += x.get(i, c);
      }
      mean /= n;
      double var = 0;
      for (int i = 0; i < n; i++) {
        var += (x.get(i, c) - mean) * (x.get(i, c) - mean);
      }
      double std = Math.sqrt(var / n);
      for (int i = 0; i < n; i++) {
        out[i * d + c] = (x.get(i, c) - mean) / (std > 0 ? std : 1);
      }
    }
    return out;
  }

  /** Per sample: {correct (0/1), ||softmax - onehot||_2, cross-entropy} of theta = W (k x d) then c (k). */
  private static double[][] bruteForce(double[] x, int[] y, double[] theta, int n, int d, int k) {
    double[][] out = new double[3][n];
    for (int i = 0; i < n; i++) {
      double[] z = new double[k];
      int best = 0;
      for (int c = 0; c < k; c++) {
        z[c] = theta[k * d + c];
        for (int j = 0; j < d; j++) {
          z[c] += theta[c * d + j] * x[i * d + j];
        }
        if (z[c] > z[best]) {
          best = c;
        }
      }
      double sum = 0;
      for (int c = 0; c < k; c++) {
        sum += Math.exp(z[c]);
      }
      double sq = 0;
      for (int c = 0; c < k; c++) {
        double diff = Math.exp(z[c]) / sum - (c == y[i] ? 1 : 0);
        sq += diff * diff;
      }
      out[0][i] = best == y[i] ? 1 : 0;
      out[1][i] = Math.sqrt(sq);
      out[2][i] = Math.log(sum) - z[y[i]];
    }
    return out;
  }
}
