package org.coreset4j.submodular.optimizers;

import java.util.SplittableRandom;
import org.coreset4j.submodular.objectives.Objective;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Stochastic greedy (Mirzasoleiman et al. 2015, "Lazier than lazy greedy"): each step evaluates a
 * uniform sample, without replacement, of s = ceil((N / k) ln(1 / epsilon)) remaining candidates
 * and adds the best of them (ties to the lowest index); a (1 - 1/e - epsilon) approximation in
 * expectation with O(N ln(1 / epsilon)) evaluations in all. Seeded: the same seed gives the same
 * picks for any thread count.
 */
public final class StochasticGreedy implements Optimizer {
  private final double epsilon;
  private final long seed;

  public StochasticGreedy(double epsilon, long seed) {
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("epsilon must be in (0, 1), got " + epsilon);
    }
    this.epsilon = epsilon;
    this.seed = seed;
  }

  /** The sample size of each step. */
  public static int sampleSize(int n, int k, double epsilon) {
    return (int) Math.min(n, Math.ceil((double) n / k * Math.log(1 / epsilon)));
  }

  @Override
  public Result maximize(Objective f, int k, Parallel parallel, Progress progress) {
    int n = f.size();
    int s = sampleSize(n, Math.max(k, 1), epsilon);
    int[] pool = new int[n];
    for (int i = 0; i < n; i++) {
      pool[i] = i;
    }
    int remaining = n;
    SplittableRandom rng = new SplittableRandom(seed);
    double[] g = new double[s];
    int[] order = new int[k];
    double[] gains = new double[k];
    progress.start("stochastic greedy", k);
    for (int t = 0; t < k; t++) {
      int m = Math.min(s, remaining);
      for (int a = 0; a < m; a++) {
        int b = a + rng.nextInt(remaining - a);
        int tmp = pool[a];
        pool[a] = pool[b];
        pool[b] = tmp;
      }
      parallel.forChunks(m, NaiveGreedy.CHUNK, (c, from, to) -> {
        for (int a = from; a < to; a++) {
          g[a] = f.gain(pool[a]);
        }
      });
      int best = 0;
      for (int a = 1; a < m; a++) {
        if (g[a] > g[best] || (g[a] == g[best] && pool[a] < pool[best])) {
          best = a;
        }
      }
      order[t] = pool[best];
      gains[t] = g[best];
      f.add(pool[best]);
      pool[best] = pool[--remaining];
      progress.advance(1);
    }
    progress.finish();
    return new Result(order, gains);
  }
}
