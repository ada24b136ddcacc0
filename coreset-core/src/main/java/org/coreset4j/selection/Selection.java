package org.coreset4j.selection;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coreset4j.data.NdArray;

/**
 * What every selector returns: the selected sample indices (ascending, distinct) and its
 * diagnostics by name (see CLI.md: for example {@code order}, {@code gain}, {@code bin}).
 */
public record Selection(int[] indices, Map<String, NdArray> diagnostics) {
  public Selection {
    indices = indices.clone();
    Arrays.sort(indices);
    for (int i = 1; i < indices.length; i++) {
      if (indices[i] == indices[i - 1]) {
        throw new IllegalStateException("selector returned index " + indices[i] + " twice");
      }
    }
    diagnostics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
  }

  public static Selection of(int[] indices) {
    return new Selection(indices, Map.of());
  }

  /** A selection made greedily: indices are the picks, diagnostics {@code order} and {@code gain}. */
  public static Selection greedy(int[] order, double[] gains, Map<String, NdArray> extra) {
    Map<String, NdArray> d = new LinkedHashMap<>();
    d.put("order", NdArray.indices(order));
    if (gains != null) {
      d.put("gain", NdArray.of(gains));
    }
    d.putAll(extra);
    return new Selection(order, d);
  }

  public int size() {
    return indices.length;
  }
}
