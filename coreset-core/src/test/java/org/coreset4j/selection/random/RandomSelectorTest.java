package org.coreset4j.selection.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Seeds;
import org.junit.jupiter.api.Test;

/** random is the id-hash draw: the k ids with the smallest SplitMix64 hash, ties to the smaller id. */
class RandomSelectorTest {
  /** Brute force: rank every sample by (hash, id) with a plain O(N^2) count. */
  private static int[] bruteForce(long[] ids, int k, long seed) {
    int n = ids.length;
    return IntStream.range(0, n).filter(i -> {
      int before = 0;
      for (int j = 0; j < n; j++) {
        long hi = Seeds.mix(seed, ids[i]);
        long hj = Seeds.mix(seed, ids[j]);
        if (hj < hi || (hj == hi && ids[j] < ids[i])) {
          before++;
        }
      }
      return before < k;
    }).toArray();
  }

  private static int[] select(int n, long[] ids, int k, long seed, int threads) {
    try (Parallel p = new Parallel(threads)) {
      SelectionContext c = SelectionContext.of(seed, p).withIds(ids);
      return new RandomSelector().select(FloatMatrix.allocate(n, 2), Budget.size(k), c).indices();
    }
  }

  @Test
  void drawsTheSmallestIdHashesByPositionOrById() {
    int n = 400;
    long[] positions = IntStream.range(0, n).asLongStream().toArray();
    long[] ids = Arrays.stream(positions).map(i -> i * 1_000_003L - 7).toArray();
    for (long seed : new long[] {0, 1, 42}) {
      assertThat(select(n, null, 37, seed, 1)).containsExactly(bruteForce(positions, 37, seed));
      assertThat(select(n, ids, 37, seed, 2)).containsExactly(bruteForce(ids, 37, seed));
    }
  }

  @Test
  void theSameIdsAreDrawnWhateverTheirOrder() {
    long[] ids = {90, 17, 5, 3000, 44, 8, 61, 2, 700, 12};
    long[] reversed = IntStream.range(0, ids.length).mapToLong(i -> ids[ids.length - 1 - i]).toArray();
    long[] a = Arrays.stream(select(ids.length, ids, 4, 3, 1)).mapToLong(i -> ids[i]).sorted().toArray();
    long[] b = Arrays.stream(select(ids.length, reversed, 4, 3, 1)).mapToLong(i -> reversed[i]).sorted().toArray();
    assertThat(a).containsExactly(b);
  }
}
