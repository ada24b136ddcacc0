package org.coreset4j.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every order against a boxed stable sort of the same comparison. */
class RankingTest {
  private static final double[] VALUES = {-1.5, -0.0, 0.0, 0.5, 2.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};

  @Provide
  Arbitrary<double[]> keys() {
    return Arbitraries.of(-1.5, -0.0, 0.0, 0.5, 2.0, Double.NaN, Double.NEGATIVE_INFINITY).array(double[].class).ofMaxSize(40);
  }

  @Property
  void doubleCompareOrdersTieToTheLowerIndex(@ForAll("keys") double[] key) {
    Comparator<Integer> byKey = Comparator.comparingDouble(i -> key[i]);
    List<Integer> up = sorted(IntStream.range(0, key.length).boxed().toList(), byKey);
    List<Integer> down = sorted(IntStream.range(0, key.length).boxed().toList(), byKey.reversed());
    assertThat(Ranking.ascending(key)).containsExactly(ints(up));
    assertThat(Ranking.descending(key)).containsExactly(ints(down));
    assertThat(Ranking.top(key, key.length / 2)).containsExactly(Arrays.copyOf(ints(down), key.length / 2));
  }

  @Property
  void numericOrdersKeepTheOrderOfEqualKeys(@ForAll long seed, @ForAll boolean descending) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] key = rng.ints(rng.nextInt(40), 0, VALUES.length).mapToDouble(v -> VALUES[v]).toArray();
    int[] rows = Sampling.withoutReplacement(key.length, rng.nextInt(key.length + 1), seed);
    // adding 0.0 turns -0.0 into 0.0, so Double.compare then compares as < and > do
    Comparator<Integer> byValue = Comparator.comparingDouble(r -> key[r] + 0.0);
    Comparator<Integer> order = descending ? byValue.reversed() : byValue;
    assertThat(Ranking.numericSorted(rows, key, descending))
        .containsExactly(ints(sorted(Arrays.stream(rows).boxed().toList(), order)));
    assertThat(Ranking.numericOrder(key, descending))
        .containsExactly(ints(sorted(IntStream.range(0, key.length).boxed().toList(), order)));
  }

  @Example
  void signedZerosTieOnlyNumerically() {
    double[] key = {0.0, -0.0};
    assertThat(Ranking.ascending(key)).containsExactly(1, 0);
    assertThat(Ranking.numericOrder(key, false)).containsExactly(0, 1);
  }

  private static List<Integer> sorted(List<Integer> items, Comparator<Integer> order) {
    List<Integer> out = new ArrayList<>(items);
    out.sort(order);
    return out;
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
