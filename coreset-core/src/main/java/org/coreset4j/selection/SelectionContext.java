package org.coreset4j.selection;

import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Everything a selector may use besides the features: the seed, the thread pool, a progress sink
 * and optional side inputs (per-sample scores, an N x E events matrix, the per-modality feature
 * matrices for methods that compare two modalities, and an M x D target set for methods that score
 * samples against the data one cares about).
 */
public record SelectionContext(
    long seed,
    Parallel parallel,
    Progress progress,
    double[] scores,
    byte[][] events,
    Map<String, FloatMatrix> modalities,
    FloatMatrix target) {

  public SelectionContext {
    modalities = modalities == null ? Map.of() : Map.copyOf(modalities);
    progress = progress == null ? Progress.NONE : progress;
  }

  public static SelectionContext of(long seed, Parallel parallel) {
    return new SelectionContext(seed, parallel, Progress.NONE, null, null, Map.of(), null);
  }

  public SelectionContext withProgress(Progress p) {
    return new SelectionContext(seed, parallel, p, scores, events, modalities, target);
  }

  public SelectionContext withScores(double[] s) {
    return new SelectionContext(seed, parallel, progress, s, events, modalities, target);
  }

  public SelectionContext withEvents(byte[][] e) {
    return new SelectionContext(seed, parallel, progress, scores, e, modalities, target);
  }

  public SelectionContext withModalities(Map<String, FloatMatrix> m) {
    return new SelectionContext(seed, parallel, progress, scores, events, m, target);
  }

  /** The target set ({@code --target}): M rows in the features' space, pooled and normalised like them. */
  public SelectionContext withTarget(FloatMatrix t) {
    return new SelectionContext(seed, parallel, progress, scores, events, modalities, t);
  }

  /**
   * This context for a subset of the samples ({@code rows}: indices into N): scores, events and each
   * modality restricted to those rows, in that order; the target set is not per sample and stays.
   */
  public SelectionContext restrictedTo(int[] rows) {
    Map<String, FloatMatrix> each = new java.util.LinkedHashMap<>();
    modalities.forEach((name, m) -> each.put(name, m.gather(rows)));
    return new SelectionContext(seed, parallel, progress,
        scores == null ? null : java.util.Arrays.stream(rows).mapToDouble(i -> scores[i]).toArray(),
        events == null ? null : java.util.Arrays.stream(rows).mapToObj(i -> events[i]).toArray(byte[][]::new),
        each, target);
  }
}
