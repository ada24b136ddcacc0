package org.coreset4j.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.coreset4j.report.CorruptionTable;
import org.coreset4j.scenes.CorruptionKind;
import org.coreset4j.scenes.GroundTruth;
import org.coreset4j.util.InvalidInputException;

/**
 * The demo's accounting of noise: how many samples of each corruption kind every subset kept. Only
 * this reads the ground truth, after selection; the methods never see it.
 */
public final class CorruptionAccounting {
  private CorruptionAccounting() {}

  /** The corrupted kinds, in {@link CorruptionKind} order (clean is not one). */
  static List<CorruptionKind> kinds() {
    return Arrays.stream(CorruptionKind.values()).filter(k -> k != CorruptionKind.CLEAN).toList();
  }

  /**
   * One row per subset, in the map's order.
   *
   * @param truth what the generator did to each scene
   * @param subsets selected indices (into the scenes) per method
   * @param budget the number of samples every method was asked for
   */
  public static CorruptionTable table(GroundTruth truth, Map<String, int[]> subsets, int budget) {
    List<CorruptionKind> kinds = kinds();
    int n = truth.kinds().length;
    List<CorruptionTable.Row> rows = new ArrayList<>();
    for (Map.Entry<String, int[]> e : subsets.entrySet()) {
      int[] counts = new int[kinds.size()];
      for (int i : e.getValue()) {
        if (i < 0 || i >= n) {
          throw new InvalidInputException("subset " + e.getKey() + " holds index " + i + ", outside the " + n
              + " scenes");
        }
        int k = kinds.indexOf(truth.kind(i));
        if (k >= 0) {
          counts[k]++;
        }
      }
      rows.add(new CorruptionTable.Row(e.getKey(), budget, e.getValue().length, counts));
    }
    int[] all = truth.counts();
    int[] full = kinds.stream().mapToInt(k -> all[k.ordinal()]).toArray();
    return new CorruptionTable(kinds.stream().map(CorruptionKind::word).toList(), n, full, rows);
  }
}
