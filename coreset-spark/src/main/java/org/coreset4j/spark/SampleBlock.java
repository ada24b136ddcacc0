package org.coreset4j.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.util.Parallel;

/**
 * Some samples as the single-machine methods take them: their ids, the feature matrix, the
 * matrices of the modalities they carry and their scores and events when they carry them (row i of
 * each is sample i; null when the samples carry none).
 */
public record SampleBlock(long[] ids, FloatMatrix features, Map<String, FloatMatrix> modalities, double[] scores,
    byte[][] events) {
  /** {@code rows} in their order; {@code names} names the modalities the samples carry (none: empty). */
  public static SampleBlock of(List<Sample> rows, List<String> names) {
    int n = rows.size();
    long[] ids = new long[n];
    FloatMatrix x = FloatMatrix.of(rows.stream().map(Sample::x).toArray(float[][]::new));
    Map<String, FloatMatrix> modalities = new LinkedHashMap<>();
    for (int m = 0; m < names.size(); m++) {
      int at = m;
      modalities.put(names.get(m), FloatMatrix.of(rows.stream().map(s -> s.modalities()[at]).toArray(float[][]::new)));
    }
    for (int i = 0; i < n; i++) {
      ids[i] = rows.get(i).id();
    }
    boolean scored = n > 0 && !Double.isNaN(rows.getFirst().score());
    double[] scores = scored ? rows.stream().mapToDouble(Sample::score).toArray() : null;
    byte[][] events = n > 0 && rows.getFirst().events() != null
        ? rows.stream().map(Sample::events).toArray(byte[][]::new) : null;
    return new SampleBlock(ids, x, modalities, scores, events);
  }

  /** {@code rows} in blocks of at most {@code size}, in their order. */
  public static Iterator<SampleBlock> chunks(Iterator<Sample> rows, List<String> names, int size) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public SampleBlock next() {
        List<Sample> block = new ArrayList<>(size);
        while (rows.hasNext() && block.size() < size) {
          block.add(rows.next());
        }
        return of(block, names);
      }
    };
  }

  /**
   * The context of a single-machine run on these rows: the seed, the modalities, scores and events
   * they carry, their keys as ids (for id-keyed draws) and the target (or null).
   */
  public SelectionContext context(long seed, Parallel parallel, FloatMatrix target) {
    return SelectionContext.of(seed, parallel).withModalities(modalities).withTarget(target).withScores(scores)
        .withEvents(events).withIds(ids);
  }
}
