package org.coreset4j.selection;

import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Everything a selector may use besides the features: the seed, the thread pool, a progress sink
 * and optional side inputs (per-sample scores, an N x E events matrix, the per-modality feature
 * matrices for methods that compare two modalities, and an M x D target set for methods that score
 * samples against the data one cares about), and the samples' int64 ids where the user gave them,
 * for draws keyed by id rather than position.
 */
public record SelectionContext(
    long seed,
    Parallel parallel,
    Progress progress,
    double[] scores,
    byte[][] events,
    Map<String, FloatMatrix> modalities,
    FloatMatrix target,
    long[] ids) {

  public SelectionContext {
    modalities = modalities == null ? Map.of() : Map.copyOf(modalities);
    progress = progress == null ? Progress.NONE : progress;
  }

  public static SelectionContext of(long seed, Parallel parallel) {
    return new SelectionContext(seed, parallel, Progress.NONE, null, null, Map.of(), null, null);
  }

  public SelectionContext withProgress(Progress p) {
    return new SelectionContext(seed, parallel, p, scores, events, modalities, target, ids);
  }

  public SelectionContext withScores(double[] s) {
    return new SelectionContext(seed, parallel, progress, s, events, modalities, target, ids);
  }

  public SelectionContext withEvents(byte[][] e) {
    return new SelectionContext(seed, parallel, progress, scores, e, modalities, target, ids);
  }

  public SelectionContext withModalities(Map<String, FloatMatrix> m) {
    return new SelectionContext(seed, parallel, progress, scores, events, m, target, ids);
  }

  /** The target set ({@code --target}): M rows in the features' space, pooled and normalised like them. */
  public SelectionContext withTarget(FloatMatrix t) {
    return new SelectionContext(seed, parallel, progress, scores, events, modalities, t, ids);
  }

  /** The samples' int64 ids (one per row, unique), or null to key draws by position. */
  public SelectionContext withIds(long[] i) {
    return new SelectionContext(seed, parallel, progress, scores, events, modalities, target, i);
  }

  /**
   * This context for a subset of the samples ({@code rows}: indices into N): scores, events, ids and
   * each modality restricted to those rows, in that order; the target set is not per sample and stays.
   */
  public SelectionContext restrictedTo(int[] rows) {
    Map<String, FloatMatrix> each = new java.util.LinkedHashMap<>();
    modalities.forEach((name, m) -> each.put(name, m.gather(rows)));
    return new SelectionContext(seed, parallel, progress,
        scores == null ? null : java.util.Arrays.stream(rows).mapToDouble(i -> scores[i]).toArray(),
        events == null ? null : java.util.Arrays.stream(rows).mapToObj(i -> events[i]).toArray(byte[][]::new),
        each, target, ids == null ? null : java.util.Arrays.stream(rows).mapToLong(i -> ids[i]).toArray());
  }
}
