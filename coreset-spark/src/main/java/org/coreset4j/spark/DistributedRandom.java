package org.coreset4j.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.api.java.JavaRDD;
import org.coreset4j.util.Seeds;

/**
 * Uniform sampling without replacement that does not depend on the partitioning: the k samples
 * with the smallest mix(seed, id) (SplitMix64 of the id, ties to the smaller id).
 */
public final class DistributedRandom {
  private DistributedRandom() {}

  public static long[] select(JavaRDD<Sample> samples, int k, long seed) {
    return samples.map(Sample::id)
        .takeOrdered(k, (Comparator<Long> & Serializable) (a, b) -> {
          int c = Long.compare(Seeds.mix(seed, a), Seeds.mix(seed, b));
          return c != 0 ? c : Long.compare(a, b);
        })
        .stream().mapToLong(Long::longValue).toArray();
  }
}
