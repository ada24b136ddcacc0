package org.coreset4j.submodular.optimizers;

import org.coreset4j.submodular.objectives.Objective;
import org.coreset4j.util.ChunkArgmax;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/** Evaluates every remaining candidate at every step; ties to the lowest index. */
public final class NaiveGreedy implements Optimizer {
  static final int CHUNK = 256;

  @Override
  public Result maximize(Objective f, int k, Parallel parallel, Progress progress) {
    int n = f.size();
    boolean[] chosen = new boolean[n];
    int[] order = new int[k];
    double[] gains = new double[k];
    double[] g = new double[n];
    progress.start("naive greedy", k);
    for (int t = 0; t < k; t++) {
      int pick = ChunkArgmax.argmax(parallel, n, CHUNK, i -> !chosen[i], i -> g[i] = f.gain(i));
      order[t] = pick;
      gains[t] = g[pick];
      chosen[pick] = true;
      f.add(pick);
      progress.advance(1);
    }
    progress.finish();
    return new Result(order, gains);
  }
}
