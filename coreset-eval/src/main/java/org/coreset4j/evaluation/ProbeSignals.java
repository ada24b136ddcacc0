package org.coreset4j.evaluation;

import org.coreset4j.data.NdArray;

/**
 * Per-sample training signals of one {@link Probe} run over N samples and E epochs.
 *
 * @param events N x E correctness: events[i][e] = 1 when sample i was classified correctly after
 *     epoch e + 1, else 0 (the input of the forgetting method)
 * @param el2n ||softmax(z_i) - onehot(y_i)||_2 after the EL2N epoch, averaged over the EL2N runs
 * @param loss -log softmax(z_i)_{y_i} after the last epoch
 * @param classes number of classes, the largest label + 1
 * @param accuracy percent of samples classified correctly after the last epoch
 */
public record ProbeSignals(byte[][] events, double[] el2n, double[] loss, int classes, double accuracy) {
  /** The events as an (N, E) bool array, the layout {@code --events} reads. */
  public NdArray eventsArray() {
    int n = events.length;
    int e = n == 0 ? 0 : events[0].length;
    boolean[] flat = new boolean[n * e];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < e; t++) {
        flat[i * e + t] = events[i][t] == 1;
      }
    }
    return new NdArray(flat, new long[] {n, e});
  }
}
