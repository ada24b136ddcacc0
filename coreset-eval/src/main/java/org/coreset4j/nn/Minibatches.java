package org.coreset4j.nn;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Minibatches over n rows: rows are reshuffled at the start of each pass (epoch) and cut into
 * consecutive batches (the last one of a pass may be smaller). {@link #run} takes a fixed number of
 * steps, so every subset gets the same training length and a comparison measures the data;
 * {@link #epochs} takes whole passes and reports the end of each. Both draw the same batches from
 * the same generator.
 */
public final class Minibatches {
  private Minibatches() {}

  public static void run(int n, int batch, int steps, SplittableRandom rng, Consumer<int[]> step) {
    int[] order = identity(n);
    int done = 0;
    while (done < steps) {
      shuffle(order, rng);
      for (int from = 0; from < n && done < steps; from += batch, done++) {
        step.accept(Arrays.copyOfRange(order, from, Math.min(n, from + batch)));
      }
    }
  }

  /** {@code epochs} full passes; {@code afterEpoch} receives the number of passes done (1, 2, ...). */
  public static void epochs(int n, int batch, int epochs, SplittableRandom rng, Consumer<int[]> step,
      IntConsumer afterEpoch) {
    int[] order = identity(n);
    for (int e = 1; e <= epochs; e++) {
      shuffle(order, rng);
      for (int from = 0; from < n; from += batch) {
        step.accept(Arrays.copyOfRange(order, from, Math.min(n, from + batch)));
      }
      afterEpoch.accept(e);
    }
  }

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
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
