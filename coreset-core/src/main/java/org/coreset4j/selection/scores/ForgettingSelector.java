package org.coreset4j.selection.scores;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.SelectionContext;

/**
 * Forgetting events (Toneva et al. 2019): from the N x E matrix of per-epoch correctness
 * ({@code --events}, 0/1), count the transitions correct -> incorrect of every sample and keep the
 * most forgotten (the top k of the counts), ties to the lowest index. Samples never classified
 * correctly count as forgotten more often than any learned sample.
 */
public final class ForgettingSelector implements SampleScorer {
  @Override
  public String name() {
    return "forgetting";
  }

  /** The forgetting counts of these rows' {@code --events}; the top k are kept. */
  @Override
  public double[] scores(FloatMatrix features, SelectionContext context, double[] statistic, long n) {
    return forgettingCounts(context.events(), features.rows());
  }

  /**
   * Per-sample number of correct -> incorrect transitions; never-learned samples get E, more than
   * the at most ceil((E - 1) / 2) transitions a learned sample can have.
   */
  public static double[] forgettingCounts(byte[][] events, int n) {
    if (events == null) {
      throw new InvalidInputException("--events is required by --method forgetting (an N x E .npy of 0/1)");
    }
    if (events.length != n) {
      throw new InvalidInputException("--events has " + events.length + " rows but the features have N = " + n);
    }
    double[] counts = new double[n];
    for (int i = 0; i < n; i++) {
      byte[] e = events[i];
      boolean learned = false;
      int forgotten = 0;
      for (int t = 0; t < e.length; t++) {
        if (e[t] != 0 && e[t] != 1) {
          throw new InvalidInputException("--events row " + i + " epoch " + t + " holds " + e[t] + "; only 0 and 1 are allowed");
        }
        learned |= e[t] == 1;
        if (t > 0 && e[t - 1] == 1 && e[t] == 0) {
          forgotten++;
        }
      }
      counts[i] = learned ? forgotten : e.length;
    }
    return counts;
  }
}
