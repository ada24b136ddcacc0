package org.coreset4j.evaluation;

import java.util.Arrays;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Sampling;

/**
 * The fixed train/test split of the N samples: round(testFraction * N) test samples drawn
 * uniformly with {@code seed}, the rest train. Selections index all N samples; a model trains on
 * selection ∩ train and is always scored on the whole test part, which is never trained on.
 */
public record HoldoutSplit(int[] train, int[] test) {
  public HoldoutSplit {
    train = train.clone();
    test = test.clone();
  }

  public static HoldoutSplit of(int n, double testFraction, long seed) {
    int testSize = (int) Math.round(testFraction * n);
    if (testSize < 1 || n - testSize < 2) {
      throw new InvalidInputException("cannot hold out " + testFraction + " of " + n
          + " samples: need at least 1 test and 2 training samples");
    }
    int[] test = Sampling.withoutReplacement(n, testSize, seed);
    Arrays.sort(test);
    boolean[] isTest = new boolean[n];
    for (int i : test) {
      isTest[i] = true;
    }
    int[] train = new int[n - testSize];
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (!isTest[i]) {
        train[j++] = i;
      }
    }
    return new HoldoutSplit(train, test);
  }

  /** The selected samples that lie in the training part, ascending. */
  public int[] restrict(int[] selection) {
    return Arrays.stream(selection).filter(i -> Arrays.binarySearch(train, i) >= 0).sorted().toArray();
  }

  @Override
  public int[] train() {
    return train.clone();
  }

  @Override
  public int[] test() {
    return test.clone();
  }
}
