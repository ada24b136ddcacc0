package org.coreset4j.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.scores.ScoreWindowParams;
import scala.Tuple2;

/**
 * Prototype pruning over Spark on a given clustering: every cluster scores its members
 * 1 - cos(x, own centroid) where its block lives ({@link ClusterBlock#centroidCosines}, the
 * single-machine computation), and the driver keeps the k highest ({@code --keep hard}) or lowest
 * ({@code easy}) scores, ties to the smaller id ({@link ScoreWindow}): the single-machine result on
 * the same clustering for ids 0..N-1 in row order.
 */
public final class DistributedSelfSup {
  private DistributedSelfSup() {}

  /** The kept ids, ascending, of {@code k} of the {@code n} samples. */
  public static long[] select(JavaRDD<ClusterBlock> blocks, FloatMatrix centroids, boolean keepHard, int k, long n) {
    MatrixData c = MatrixData.of(centroids);
    JavaPairRDD<Long, Double> scores = blocks.flatMapToPair(b -> {
      double[] cos = b.centroidCosines(c.matrix());
      List<Tuple2<Long, Double>> out = new ArrayList<>(cos.length);
      for (int i = 0; i < cos.length; i++) {
        out.add(new Tuple2<>(b.ids()[i], 1.0 - cos[i]));
      }
      return out.iterator();
    });
    return ScoreWindow.pick(scores, keepHard ? ScoreWindowParams.Window.TOP : ScoreWindowParams.Window.BOTTOM, k, n);
  }
}
