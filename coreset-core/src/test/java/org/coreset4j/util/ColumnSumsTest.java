package org.coreset4j.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ColumnSumsTest {
  @Property(tries = 200)
  void chunkedSumsDoNotDependOnThreadsAndOneChunkIsTheRowOrderSum(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int n, @ForAll @IntRange(min = 1, max = 50) int chunk) {
    float[][] rows = new float[n][3];
    SplittableRandom rng = new SplittableRandom(seed);
    for (float[] row : rows) {
      for (int j = 0; j < row.length; j++) {
        row[j] = (float) (rng.nextGaussian() * Math.pow(10, rng.nextInt(-3, 4)));
      }
    }
    ColumnSums.Rows add = (s, from, to) -> {
      for (int i = from; i < to; i++) {
        ColumnSums.add(rows[i], null, s);
      }
    };
    double[] inOrder = new double[3];
    add.addTo(inOrder, 0, n);
    try (Parallel one = new Parallel(1); Parallel three = new Parallel(3)) {
      assertThat(ColumnSums.of(n, 3, chunk, three, add)).isEqualTo(ColumnSums.of(n, 3, chunk, one, add));
      assertThat(ColumnSums.of(n, 3, Math.max(1, n), three, add)).isEqualTo(inOrder);
    }
  }

  @Example
  void meansAndInverseStandardDeviations() {
    float[][] rows = {{1, 0, 5}, {3, 4, 5}};
    double[] sum = new double[3];
    for (float[] row : rows) {
      ColumnSums.add(row, null, sum);
    }
    double[] mean = ColumnSums.divide(sum, 2);
    assertThat(mean).containsExactly(2, 2, 5);
    double[] squares = new double[3];
    for (float[] row : rows) {
      ColumnSums.add(row, mean, squares);
    }
    assertThat(squares).containsExactly(2, 8, 0);
    assertThat(ColumnSums.inverseStd(squares, 2)).containsExactly(1, 0.5, 1);
  }
}
