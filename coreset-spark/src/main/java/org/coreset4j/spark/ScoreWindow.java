package org.coreset4j.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.selection.scores.ScoreWindowParams;
import scala.Tuple2;

/**
 * The window of {@link ScoreWindowParams#pick} over distributed (id, score) pairs, with ids in
 * place of indices: ascending (score, id) order, {@code bottom} its first k, {@code middle} its k
 * positions from floor((N - k) / 2), {@code top} the first k of descending score with ties to the
 * smaller id. Top and bottom take k per partition ({@code takeOrdered}); middle sorts globally
 * (the scores cached meanwhile).
 */
public final class ScoreWindow {
  private ScoreWindow() {}

  /** Ascending score, ties to the smaller id. */
  private static final Comparator<Tuple2<Long, Double>> ASCENDING =
      (Comparator<Tuple2<Long, Double>> & Serializable) (a, b) -> {
        int c = Double.compare(a._2(), b._2());
        return c != 0 ? c : Long.compare(a._1(), b._1());
      };
  /** Descending score, ties to the smaller id. */
  private static final Comparator<Tuple2<Long, Double>> DESCENDING =
      (Comparator<Tuple2<Long, Double>> & Serializable) (a, b) -> {
        int c = Double.compare(b._2(), a._2());
        return c != 0 ? c : Long.compare(a._1(), b._1());
      };

  /** The ids of the window of {@code k} of the {@code n} scores, ascending. */
  public static long[] pick(JavaPairRDD<Long, Double> scores, ScoreWindowParams.Window window, int k, long n) {
    return switch (window) {
      case TOP -> ids(scores.rdd().toJavaRDD().takeOrdered(k, DESCENDING));
      case BOTTOM -> ids(scores.rdd().toJavaRDD().takeOrdered(k, ASCENDING));
      case MIDDLE -> {
        long from = (n - k) / 2;
        // the sort samples its keys and zipWithIndex counts the partitions: two passes over the scores
        JavaPairRDD<Long, Double> cached = scores.persist(StorageLevel.MEMORY_AND_DISK());
        try {
          yield cached.mapToPair(t -> new Tuple2<>(t, t._1())).sortByKey(ASCENDING).values().zipWithIndex()
              .filter(t -> t._2() >= from && t._2() < from + k).keys().collect().stream()
              .mapToLong(Long::longValue).sorted().toArray();
        } finally {
          cached.unpersist(false);
        }
      }
    };
  }

  private static long[] ids(java.util.List<Tuple2<Long, Double>> picked) {
    return picked.stream().mapToLong(Tuple2::_1).sorted().toArray();
  }
}
