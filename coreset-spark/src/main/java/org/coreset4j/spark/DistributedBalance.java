package org.coreset4j.spark;

import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.coreset4j.selection.balance.BalanceSelector;
import scala.Tuple2;

/**
 * MetaCLIP-style balancing over Spark, steps 2 to 4 of {@link BalanceSelector} on a given
 * clustering: the driver solves the water-filling quotas from the cluster sizes, and every cluster
 * keeps its quota of members with the smallest {@link BalanceSelector#draw}(seed, id) where its
 * block lives. Since the draws are keyed by id, this is the single-machine result on the same
 * clustering for ids 0..N-1 in row order.
 */
public final class DistributedBalance {
  private DistributedBalance() {}

  /** The kept ids, ascending. */
  public static long[] select(JavaRDD<ClusterBlock> blocks, int clusters, int count, long seed) {
    long[] sizes = new long[clusters];
    blocks.map(b -> new Tuple2<>(b.cluster(), b.size())).collect().forEach(t -> sizes[t._1()] = t._2());
    Broadcast<long[]> quotas = JavaSparkContext.fromSparkContext(blocks.context())
        .broadcast(BalanceSelector.quotas(sizes, count).quotas());
    try {
      return blocks.flatMap(b -> {
        double[] u = Arrays.stream(b.ids()).mapToDouble(id -> BalanceSelector.draw(seed, id)).toArray();
        long[] kept = b.idsAt(BalanceSelector.keep(b.positions(), u, quotas.value()[b.cluster()]));
        return Arrays.stream(kept).boxed().iterator();
      }).collect().stream().mapToLong(Long::longValue).sorted().toArray();
    } finally {
      quotas.destroy();
    }
  }
}
