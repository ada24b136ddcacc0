package org.coreset4j.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.selection.ccs.CcsSelector;
import org.coreset4j.selection.scores.ScoreWindowParams;
import org.coreset4j.util.Seeds;
import scala.Tuple2;

/**
 * Coverage-centric selection over Spark, the rule of {@link CcsSelector} with sample keys for
 * indices: the floor(beta N) hardest scores are dropped (the head of descending score, ties to the
 * smaller key, by {@link ScoreWindow}), the rest cut into strata over their [min, max], the strata
 * counted, every stratum's take computed on the driver ({@link CcsSelector#takes}), and stratum b
 * keeps its members first in the id-hash order of {@link CcsSelector#drawSeed} (one global sort by
 * stratum, hash and key). So it selects what {@code coreset select} selects with the same ids.
 */
public final class DistributedCcs {
  private DistributedCcs() {}

  /** A kept sample's place in the draw: its stratum, the hash of its key in that stratum's draw, its key. */
  private record Draw(int stratum, long hash, long key) implements Serializable {}

  private static final Comparator<Draw> ORDER = (Comparator<Draw> & Serializable) (a, b) -> {
    int c = Integer.compare(a.stratum(), b.stratum());
    c = c != 0 ? c : Long.compare(a.hash(), b.hash());
    return c != 0 ? c : Long.compare(a.key(), b.key());
  };

  /** The selected keys (ascending) of {@code k} out of the {@code n} samples. */
  public static long[] select(JavaRDD<Sample> samples, long n, SparkRequest request, int k) {
    CcsSelector ccs = (CcsSelector) request.method().selector();
    long seed = request.seed();
    int strata = ccs.params().strata();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(samples.context());
    JavaPairRDD<Long, Double> scores = samples.mapToPair(s -> new Tuple2<>(s.id(), s.score()));
    Set<Long> hardest = new HashSet<>();
    for (long id : ScoreWindow.pick(scores, ScoreWindowParams.Window.TOP, ccs.dropped(n, k), n)) {
      hardest.add(id);
    }
    Broadcast<Set<Long>> drop = sc.broadcast(hardest);
    JavaPairRDD<Long, Double> kept = scores.filter(t -> !drop.value().contains(t._1()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      double lo = kept.values().reduce(Math::min);
      double hi = kept.values().reduce(Math::max);
      Map<Integer, Long> counts = kept.map(t -> CcsSelector.stratum(t._2(), lo, hi, strata)).countByValue();
      int[] sizes = new int[strata];
      counts.forEach((b, c) -> sizes[b] = Math.toIntExact(c));
      int[] take = CcsSelector.takes(sizes, k);
      long[] start = new long[sizes.length];
      for (int b = 1; b < sizes.length; b++) {
        start[b] = start[b - 1] + (take[b - 1] > 0 ? sizes[b - 1] : 0);
      }
      return kept.map(t -> {
        int b = CcsSelector.stratum(t._2(), lo, hi, strata);
        return new Draw(b, Seeds.mix(CcsSelector.drawSeed(seed, b), t._1()), t._1());
      }).filter(d -> take[d.stratum()] > 0)
          .mapToPair(d -> new Tuple2<>(d, d.key())).sortByKey(ORDER).keys().zipWithIndex()
          .filter(t -> t._2() - start[t._1().stratum()] < take[t._1().stratum()])
          .map(t -> t._1().key()).collect().stream().mapToLong(Long::longValue).sorted().toArray();
    } finally {
      kept.unpersist(false);
      drop.destroy();
    }
  }
}
