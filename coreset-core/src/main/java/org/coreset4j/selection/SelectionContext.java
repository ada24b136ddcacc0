package org.coreset4j.selection;

import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Everything a selector may use besides the features: the seed, the thread pool, a progress sink
 * and optional side inputs (per-sample scores, an N x E events matrix, and the per-modality
 * feature matrices for methods that compare two modalities).
 */
public record SelectionContext(
    long seed,
    Parallel parallel,
    Progress progress,
    double[] scores,
    byte[][] events,
    Map<String, FloatMatrix> modalities) {

  public SelectionContext {
    modalities = modalities == null ? Map.of() : Map.copyOf(modalities);
    progress = progress == null ? Progress.NONE : progress;
  }

  public static SelectionContext of(long seed, Parallel parallel) {
    return new SelectionContext(seed, parallel, Progress.NONE, null, null, Map.of());
  }

  public SelectionContext withProgress(Progress p) {
    return new SelectionContext(seed, parallel, p, scores, events, modalities);
  }

  public SelectionContext withScores(double[] s) {
    return new SelectionContext(seed, parallel, progress, s, events, modalities);
  }

  public SelectionContext withEvents(byte[][] e) {
    return new SelectionContext(seed, parallel, progress, scores, e, modalities);
  }

  public SelectionContext withModalities(Map<String, FloatMatrix> m) {
    return new SelectionContext(seed, parallel, progress, scores, events, m);
  }

  /**
   * This context for a subset of the samples ({@code rows}: indices into N): scores, events and each
   * modality restricted to those rows, in that order.
   */
  public SelectionContext restrictedTo(int[] rows) {
    Map<String, FloatMatrix> each = new java.util.LinkedHashMap<>();
    modalities.forEach((name, m) -> each.put(name, m.gather(rows)));
    return new SelectionContext(seed, parallel, progress,
        scores == null ? null : java.util.Arrays.stream(rows).mapToDouble(i -> scores[i]).toArray(),
        events == null ? null : java.util.Arrays.stream(rows).mapToObj(i -> events[i]).toArray(byte[][]::new),
        each);
  }
}
