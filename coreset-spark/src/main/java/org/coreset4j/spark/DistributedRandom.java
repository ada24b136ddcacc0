package org.coreset4j.spark;

import org.apache.spark.api.java.JavaRDD;
import org.coreset4j.util.Sampling;

/**
 * Uniform sampling without replacement that does not depend on the partitioning: the k samples
 * first in the core's id-hash order ({@link Sampling#idHashOrder}), as {@code select --method random}
 * draws them, so both pick the same ids from the same data.
 */
public final class DistributedRandom {
  private DistributedRandom() {}

  public static long[] select(JavaRDD<Sample> samples, int k, long seed) {
    return samples.map(Sample::id).takeOrdered(k, Sampling.idHashOrder(seed))
        .stream().mapToLong(Long::longValue).sorted().toArray();
  }
}
