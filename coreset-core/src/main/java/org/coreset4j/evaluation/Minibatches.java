package org.coreset4j.evaluation;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A fixed number of optimisation steps over n rows: rows are reshuffled at the start of each pass
 * and cut into consecutive batches (the last one of a pass may be smaller). Every subset gets the
 * same number of steps, so a comparison measures the data rather than the length of training.
 */
public final class Minibatches {
  private Minibatches() {}

  public static void run(int n, int batch, int steps, SplittableRandom rng, Consumer<int[]> step) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int done = 0;
    while (done < steps) {
      shuffle(order, rng);
      for (int from = 0; from < n && done < steps; from += batch, done++) {
        step.accept(Arrays.copyOfRange(order, from, Math.min(n, from + batch)));
      }
    }
  }

  private static void shuffle(int[] a, SplittableRandom rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
