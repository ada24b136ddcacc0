package org.coreset4j.spark;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.coreset4j.clustering.AssignmentState;
import org.coreset4j.util.Seeds;

/**
 * The k-means state ({@link AssignmentState}: labels and group bounds) of the partitions this JVM
 * assigned in the last pass of a run, kept so that the next pass can skip the work its bounds
 * spare. It is only a speed-up: a pass that finds no state of the previous pass for its partition
 * and its rows (another executor ran that task, an executor was lost, a task was retried, memory
 * ran short) starts a fresh state, which assigns the same labels. A state is taken out while a task
 * uses it, so two attempts of one task never share it.
 */
final class PartitionStates {
  private record Key(String run, int partition) {}

  private record Entry(int pass, long rows, SoftReference<AssignmentState> state) {}

  private static final ConcurrentHashMap<Key, Entry> STATES = new ConcurrentHashMap<>();

  private PartitionStates() {}

  /** The state left by pass {@code pass} of {@code run} for these rows, or null. */
  static AssignmentState take(String run, int partition, int pass, long rows) {
    Entry e = STATES.remove(new Key(run, partition));
    return e == null || e.pass() != pass || e.rows() != rows ? null : e.state().get();
  }

  static void put(String run, int partition, int pass, long rows, AssignmentState state) {
    STATES.put(new Key(run, partition), new Entry(pass, rows, new SoftReference<>(state)));
  }

  /** Drops every state of {@code run} held by this JVM. */
  static void clear(String run) {
    STATES.keySet().removeIf(k -> k.run().equals(run));
  }

  /** A fingerprint of a partition's rows: their ids, in order. */
  static long rows(List<Sample> samples) {
    long h = samples.size();
    for (Sample s : samples) {
      h = Seeds.mix(h, s.id());
    }
    return h;
  }
}
