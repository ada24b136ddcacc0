package org.coreset4j.selection.pipeline;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.InvalidInputException;

/**
 * Filter, then select: {@code filter} keeps m = round(keep x N) samples with the whole context; the
 * kept rows, ascending, become the data of {@code main} (features and every per-sample side input
 * restricted to them), which selects the budget's k = count(N) samples (so k <= m), mapped back to
 * indices into N. Of {@code main}'s diagnostics, {@code order} (a sequence of sample indices) is
 * mapped back to indices into N, and those with one value per kept row are spread over N (-1 or
 * NaN on the filtered-out rows); {@code prefilter_kept} is 1 on the kept rows, 0 elsewhere.
 */
final class PrefilteredSelector implements Selector {
  private static final String ORDER = "order";
  private final Selector filter;
  private final double keep;
  private final Selector main;

  PrefilteredSelector(Selector filter, double keep, Selector main) {
    this.filter = filter;
    this.keep = keep;
    this.main = main;
  }

  @Override
  public String name() {
    return main.name();
  }

  @Override
  public boolean readsFeatures() {
    return filter.readsFeatures() || main.readsFeatures();
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    int k = budget.count(n);
    int m = Budget.fraction(keep).count(n);
    if (k > m) {
      throw new InvalidInputException("--prefilter " + filter.name() + ":" + keep + " keeps " + m + " of " + n
          + " samples, fewer than the budget of " + k);
    }
    int[] kept = filter.select(features, Budget.size(m), context).indices().clone();
    Arrays.sort(kept);
    Selection inner = main.select(features.gather(kept), Budget.size(k), context.restrictedTo(kept));
    int[] indices = Arrays.stream(inner.indices()).map(i -> kept[i]).toArray();
    Map<String, NdArray> diagnostics = new LinkedHashMap<>();
    inner.diagnostics().forEach((name, a) ->
        diagnostics.put(name, name.equals(ORDER) ? NdArray.indices(mapped(a, kept)) : spread(a, kept, n)));
    int[] mark = new int[n];
    for (int i : kept) {
      mark[i] = 1;
    }
    diagnostics.put("prefilter_kept", new NdArray(mark, new long[] {n}));
    return new Selection(indices, diagnostics);
  }

  private static int[] mapped(NdArray order, int[] kept) {
    return Arrays.stream((long[]) order.data()).mapToInt(i -> kept[(int) i]).toArray();
  }

  /** A per-kept-row array spread over all n rows (-1 or NaN elsewhere); other arrays as they are. */
  private static NdArray spread(NdArray a, int[] kept, int n) {
    Class<?> type = a.data().getClass().getComponentType();
    Object fill = type == int.class ? (Object) (-1) : type == long.class ? (Object) (-1L)
        : type == double.class ? (Object) Double.NaN : type == float.class ? (Object) Float.NaN : null;
    if (fill == null || a.shape().length != 1 || a.shape()[0] != kept.length) {
      return a;
    }
    Object out = Array.newInstance(type, n);
    for (int i = 0; i < n; i++) {
      Array.set(out, i, fill);
    }
    for (int i = 0; i < kept.length; i++) {
      Array.set(out, kept[i], Array.get(a.data(), i));
    }
    return new NdArray(out, new long[] {n});
  }
}
