package org.coreset4j.fusion;

import java.util.List;
import org.coreset4j.io.ShardedTensor;
import org.coreset4j.io.Tensor;
import org.coreset4j.util.InvalidInputException;

/**
 * Sharded modalities of one dataset must agree shard by shard: row k of every modality is the same
 * sample only if every shard of one holds as many rows as the same shard of the others. A modality
 * in one file is compared by its total only (as any modality is, when fused).
 */
public final class ShardAlignment {
  private ShardAlignment() {}

  /** One line naming the first shard that differs, if any pair of sharded modalities disagrees. */
  public static void check(List<Modality> modalities) {
    Modality first = null;
    for (Modality m : modalities) {
      if (!(m.tensor() instanceof ShardedTensor)) {
        continue;
      }
      if (first == null) {
        first = m;
      } else {
        compare(first, m);
      }
    }
  }

  private static void compare(Modality a, Modality b) {
    List<Tensor> x = ((ShardedTensor) a.tensor()).shards();
    List<Tensor> y = ((ShardedTensor) b.tensor()).shards();
    for (int s = 0; s < Math.min(x.size(), y.size()); s++) {
      if (x.get(s).rows() != y.get(s).rows()) {
        throw new InvalidInputException(b.label() + ": shard " + (s + 1) + " " + y.get(s).path() + " has "
            + y.get(s).rows() + " rows but shard " + (s + 1) + " of " + a.label() + ", " + x.get(s).path()
            + ", has " + x.get(s).rows() + "; modalities must be sharded alike, row for row");
      }
    }
    if (x.size() != y.size()) {
      throw new InvalidInputException(b.label() + " has " + y.size() + " shards but " + a.label() + " has "
          + x.size() + "; modalities must be sharded alike, row for row");
    }
  }
}
