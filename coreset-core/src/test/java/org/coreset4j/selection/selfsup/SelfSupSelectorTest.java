package org.coreset4j.selection.selfsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.coreset4j.clustering.ClusterData;
import org.coreset4j.clustering.KMeans;
import org.coreset4j.clustering.KMeansResult;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;

class SelfSupSelectorTest {
  @Test
  void scoresAndPicksMatchFloat64() {
    FloatMatrix x = ClusterData.nearDuplicates(500, 7, 4);
    KMeansResult km;
    try (Parallel p = new Parallel(1)) {
      km = KMeans.fit(x, SelfSupParams.from(MethodOptions.of("clusters", "9")).kmeans().withSeed(5), p, Progress.NONE);
    }
    double[][] xd = x.toDoubleRows();
    double[][] cd = km.centroids().toDoubleRows();
    double[] want = new double[xd.length];
    for (int i = 0; i < xd.length; i++) {
      double[] c = cd[km.assignment()[i]];
      double ab = 0, aa = 0, bb = 0;
      for (int j = 0; j < c.length; j++) {
        ab += xd[i][j] * c[j];
        aa += xd[i][j] * xd[i][j];
        bb += c[j] * c[j];
      }
      want[i] = 1 - ab / Math.sqrt(aa * bb);
    }
    for (String keep : new String[] {"hard", "easy"}) {
      for (int threads = 1; threads <= 2; threads++) {
        Selection s;
        try (Parallel p = new Parallel(threads)) {
          s = new SelfSupSelector(SelfSupParams.from(MethodOptions.of("clusters", "9", "keep", keep)))
              .select(x, Budget.size(120), SelectionContext.of(5, p));
        }
        assertThat((double[]) s.diagnostics().get("score").data()).containsExactly(want, within(1e-6));
        Comparator<Integer> byScore = Comparator.comparingDouble(i -> want[i]);
        int[] top = IntStream.range(0, want.length).boxed()
            .sorted((keep.equals("hard") ? byScore.reversed() : byScore).thenComparingInt(i -> i))
            .limit(120).mapToInt(Integer::intValue).sorted().toArray();
        assertThat(s.indices()).containsExactly(top);
        assertThat(s.diagnostics().keySet()).containsExactly("cluster", "centroids", "score");
      }
    }
  }
}
