package org.coreset4j.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.selection.dq.DatasetQuantization;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Seeds;

/**
 * The two-round scheme for the greedy methods (dq, also with its cross-modal kernel, kcenter,
 * herding, facility-location, graphcut, logdet, crosscov; GreeDi, Mirzasoleiman et al. 2013), the
 * {@code --pair} modalities travelling with the samples. Round 1: every
 * partition p of n_p rows runs the exact single-machine method on its own rows (ascending ids,
 * seed mix(seed, p)) and keeps kappa_p = min(n_p, ceil(alpha k n_p / N)) of them, alpha being
 * {@code --pool-factor} (alpha = number of partitions is GreeDi's kappa = k). Round 2: the
 * driver pools those picks (about alpha k rows) and runs the method again on the pool (ascending
 * ids, the run's seed) for the k samples of the budget. The result depends on the partitioning; it
 * is deterministic for a given one.
 */
public final class TwoRound {
  private TwoRound() {}

  /** The selected ids (ascending) out of {@code n} samples. */
  public static long[] select(JavaRDD<Sample> samples, long n, MethodSpec method, int k, long seed,
      double poolFactor, int threads) {
    if (method.options().containsKey("first")) {
      throw new InvalidInputException("--first is not supported by spark-select: a sample index has no "
          + "meaning across partitions; leave it out for a seeded first center");
    }
    List<Sample> pool = new ArrayList<>(samples.mapPartitionsWithIndex((p, rows) -> {
      List<Sample> part = new ArrayList<>();
      rows.forEachRemaining(part::add);
      int kappa = (int) Math.min(part.size(), Math.ceil(poolFactor * k * part.size() / (double) n));
      return pick(part, method, kappa, Seeds.mix(seed, p), 1).iterator();
    }, false).collect());
    return pick(pool, method, k, seed, threads).stream().mapToLong(Sample::id).sorted().toArray();
  }

  /** {@code count} of {@code rows} chosen by the method on the rows in ascending id order. */
  static List<Sample> pick(List<Sample> rows, MethodSpec method, int count, long seed, int threads) {
    rows.sort(Comparator.comparingLong(Sample::id));
    if (count >= rows.size()) {
      return rows;
    }
    if (count == 0) {
      return List.of();
    }
    SampleBlock block = SampleBlock.of(rows, method.pairColumns());
    Selector selector = method.selector();
    Selection s;
    try (Parallel parallel = new Parallel(threads)) {
      if (selector instanceof DatasetQuantization dq && rows.size() < dq.params().bins()) {
        return rows;
      }
      s = selector.select(block.features(), Budget.size(count), block.context(seed, parallel, null));
    }
    List<Sample> out = new ArrayList<>(s.size());
    for (int i : s.indices()) {
      out.add(rows.get(i));
    }
    return out;
  }
}
