package org.coreset4j.selection.crossmodal;

import java.util.Arrays;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Select;

/**
 * Guesses the next picks: the greedy rule on the approximate gains inside a candidate set C, the
 * alive samples with the highest approximate gains, after the products within C by float32 GEMMs.
 * Guesses need not be right; {@link Bounds#certify} decides.
 */
final class Speculation {
  private Speculation() {}

  /**
   * Up to {@code steps} guessed picks (positions) from step {@code step} on, the first being
   * {@code forced} when it is not -1 (a pick already made whose column is not yet in P~).
   */
  static int[] guess(Bounds bounds, PoolRows rows, int step, int forced, int steps, int candidates,
      Parallel parallel) {
    int[] c = candidates(bounds, step, forced, steps, candidates);
    int k = c.length;
    float[] gram = rows.roughProducts(c, parallel);
    double[] p = new double[k];
    for (int j = 0; j < k; j++) {
      p[j] = bounds.p[c[j]];
    }
    boolean[] taken = new boolean[k];
    int[] out = new int[Math.min(steps, k)];
    for (int i = 0; i < out.length; i++) {
      int b = -1;
      if (i == 0 && forced >= 0) {
        b = Arrays.binarySearch(c, forced);
      } else {
        double best = 0;
        for (int j = 0; j < k; j++) {
          if (!taken[j]) {
            double g = bounds.gain(c[j], step + i, p[j]);
            if (b < 0 || g > best) {
              b = j;
              best = g;
            }
          }
        }
      }
      taken[b] = true;
      out[i] = c[b];
      for (int j = 0; j < k; j++) {
        p[j] += gram[b * k + j];
      }
    }
    return out;
  }

  /**
   * C: the alive positions whose approximate gains, without the epoch's picks, are highest at the
   * start or the end of the epoch (the gain's step term is linear), and the forced one.
   */
  private static int[] candidates(Bounds bounds, int step, int forced, int steps, int k) {
    int n = bounds.alive.length;
    int[] pos = new int[n];
    double[] value = new double[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (bounds.alive[i]) {
        pos[count] = i;
        value[count++] = Math.max(bounds.gain(i, step, bounds.p[i]), bounds.gain(i, step + steps - 1, bounds.p[i]));
      }
    }
    int[] top = Select.topPositions(Arrays.copyOf(value, count), Arrays.copyOf(pos, count), k);
    if (forced < 0) {
      return top;
    }
    int[] c = Arrays.copyOf(top, top.length + 1);
    c[top.length] = forced;
    Arrays.sort(c);
    return c;
  }
}
