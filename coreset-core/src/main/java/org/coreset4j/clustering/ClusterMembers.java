package org.coreset4j.clustering;

import java.util.Arrays;

/**
 * The rows of every cluster, ascending within a cluster, stored as one array cut by offsets
 * (a counting sort of the assignment).
 */
public final class ClusterMembers {
  private final int[] offsets;
  private final int[] rows;

  private ClusterMembers(int[] offsets, int[] rows) {
    this.offsets = offsets;
    this.rows = rows;
  }

  /** Groups {@code assignment} (values in [0, k)) by cluster. */
  public static ClusterMembers of(int[] assignment, int k) {
    int[] offsets = new int[k + 1];
    for (int a : assignment) {
      if (a < 0 || a >= k) {
        throw new IllegalArgumentException("cluster " + a + " outside [0, " + k + ")");
      }
      offsets[a + 1]++;
    }
    for (int c = 0; c < k; c++) {
      offsets[c + 1] += offsets[c];
    }
    int[] next = Arrays.copyOf(offsets, k);
    int[] rows = new int[assignment.length];
    for (int i = 0; i < assignment.length; i++) {
      rows[next[assignment[i]]++] = i;
    }
    return new ClusterMembers(offsets, rows);
  }

  public int clusters() {
    return offsets.length - 1;
  }

  public int size(int cluster) {
    return offsets[cluster + 1] - offsets[cluster];
  }

  /** The rows of {@code cluster}, ascending (a fresh array). */
  public int[] rows(int cluster) {
    return Arrays.copyOfRange(rows, offsets[cluster], offsets[cluster + 1]);
  }
}
