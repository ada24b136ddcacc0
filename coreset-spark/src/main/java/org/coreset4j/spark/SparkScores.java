package org.coreset4j.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.scores.SampleScorer;
import org.coreset4j.util.Parallel;
import scala.Tuple2;

/**
 * Per-sample score methods ({@link SampleScorer}) over Spark. Every partition scores its rows in
 * blocks of {@link #BLOCK} with the single-machine code; a method that needs a data-wide sum (vas
 * without a target: sum_j x_j x_j^T) gets it first from the blocks' partial sums, added by
 * {@code treeAggregate}. The driver then takes the window of all scores ({@link ScoreWindow}).
 * Scores equal the single-machine ones, except that the data-wide sum is added in another order,
 * which can change its last bits.
 */
public final class SparkScores {
  /** Rows scored at once (bounds an executor's working set to BLOCK rows and their scores). */
  static final int BLOCK = 8192;

  private SparkScores() {}

  /** The selected ids (ascending) of {@code k} out of the {@code n} samples. */
  public static long[] select(JavaRDD<Sample> samples, long n, SparkRequest request, FloatMatrix target, int k) {
    MethodSpec method = request.method();
    List<String> pair = request.pairColumns();
    long seed = request.seed();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(samples.context());
    Broadcast<MatrixData> tb = target == null ? null : sc.broadcast(MatrixData.of(target));
    SampleScorer scorer = (SampleScorer) method.selector();
    double[] statistic = null;
    if (scorer.needsStatistic(SelectionContext.of(seed, null).withTarget(target))) {
      statistic = samples.mapPartitions(rows -> {
        SampleScorer s = (SampleScorer) method.selector();
        double[] sum = null;
        try (Parallel one = new Parallel(1)) {
          for (Iterator<SampleBlock> it = SampleBlock.chunks(rows, pair, BLOCK); it.hasNext(); ) {
            SampleBlock b = it.next();
            sum = add(sum, RowIds.naming(b.ids(),
                () -> s.partialStatistic(b.features(), b.context(seed, one, target(tb)))));
          }
        }
        return sum == null ? List.<double[]>of().iterator() : List.of(sum).iterator();
      }).treeReduce(SparkScores::add);
    }
    double[] total = statistic;
    JavaPairRDD<Long, Double> scores = samples.mapPartitionsToPair(rows -> {
      SampleScorer s = (SampleScorer) method.selector();
      List<Tuple2<Long, Double>> out = new ArrayList<>();
      try (Parallel one = new Parallel(1)) {
        for (Iterator<SampleBlock> it = SampleBlock.chunks(rows, pair, BLOCK); it.hasNext(); ) {
          SampleBlock b = it.next();
          double[] v = RowIds.naming(b.ids(), () -> s.scores(b.features(), b.context(seed, one, target(tb)), total, n));
          for (int i = 0; i < v.length; i++) {
            out.add(new Tuple2<>(b.ids()[i], v[i]));
          }
        }
      }
      return out.iterator();
    });
    try {
      return ScoreWindow.pick(scores, scorer.window().window(), k, n);
    } finally {
      if (tb != null) {
        tb.destroy();
      }
    }
  }

  private static FloatMatrix target(Broadcast<MatrixData> tb) {
    return tb == null ? null : tb.value().matrix();
  }

  /** a + b elementwise into a (a null a is b). */
  private static double[] add(double[] a, double[] b) {
    if (a == null) {
      return b;
    }
    for (int j = 0; j < a.length; j++) {
      a[j] += b[j];
    }
    return a;
  }
}
