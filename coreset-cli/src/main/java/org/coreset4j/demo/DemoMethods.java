package org.coreset4j.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.SideInput;
import org.coreset4j.selection.pipeline.Prefilter;

/**
 * The rows of the demo table: the DQ variants of seed 000's Table 1 (token concat / mean / sum,
 * and concat reduced by PCA and by UMAP, over the RGB and mask tokens), then every other method of
 * the registry with its defaults on l2-normalised mean tokens of RGB, mask and caption (clustered
 * methods with K = sqrt(N)). Methods that read scores or events get the demo probe's EL2N and
 * forgetting events (see {@link Demo}); methods that compare two modalities get {@code --pair
 * image,text} in the demo's learned shared space ({@link org.coreset4j.align.SharedSpace} of the mean
 * RGB token and the caption); vas runs without a target (on the data's own second moment) and
 * normsim, which needs one, is left out; then filter-then-select rows (see {@link #FILTERS}); random
 * is every table's baseline.
 */
final class DemoMethods {
  /** One selection: name, features, method and options. */
  record Row(String name, List<String> modalities, FusionOptions fusion, String reduce, String method,
      MethodOptions options, Prefilter prefilter) {
    Row(String name, List<String> modalities, FusionOptions fusion, String reduce, String method,
        MethodOptions options) {
      this(name, modalities, fusion, reduce, method, options, null);
    }

    /** The row's selector: its method, after its prefilter when it has one. */
    Selector selector() {
      return prefilter == null ? Selectors.create(method, options) : prefilter.then(method, options);
    }
  }

  /** The modalities and fusion of every row but DQ's, and of the probe's features. */
  static final List<String> ALL = List.of("image", "mask", "text");
  static final FusionOptions L2_MEAN = FusionOptions.parse("mean", "l2", "concat");
  /** The rows of the seed papers' methods: seed 000's DQ variants and seed 003's COINCIDE. */
  static final List<String> SEED_METHODS =
      List.of("dq-concat", "dq-mean", "dq-sum", "dq-concat-pca", "dq-concat-umap", "coincide");
  /** The first steps of the filter-then-select rows, and the share of the scenes they keep. */
  static final List<String> FILTERS = List.of("clipscore", "negclip");
  static final double KEEP = 0.7;
  /**
   * The rows that select after each filter: seed 000's DQ, seed 003's COINCIDE, the most consistent
   * single method of the noisy demo, and density-based pruning, the DataComp recipe's second step.
   */
  static final List<String> FILTERED = List.of("dq-concat", "coincide", "facility-location", "dbp");
  /** The pair of the methods that compare two modalities, in the shared space. */
  static final String PAIR = "image,text";

  private DemoMethods() {}

  static List<Row> rows(int n) {
    List<String> vision = List.of("image", "mask");
    FusionOptions concat = FusionOptions.parse("concat", "none", "concat");
    MethodOptions bins = MethodOptions.of("bins", "10");
    List<Row> rows = new ArrayList<>(List.of(
        new Row("dq-concat", vision, concat, "none", "dq", bins),
        new Row("dq-mean", vision, FusionOptions.parse("mean", "none", "concat"), "none", "dq", bins),
        new Row("dq-sum", vision, FusionOptions.parse("sum", "none", "concat"), "none", "dq", bins),
        new Row("dq-concat-pca", vision, concat, "pca:64", "dq", bins),
        new Row("dq-concat-umap", vision, concat, "umap:8", "dq", bins)));
    String clusters = Integer.toString(Math.max(2, (int) Math.round(Math.sqrt(n))));
    for (MethodDescriptor m : Selectors.descriptors()) {
      if (m.name().equals("random") || m.name().equals("dq") || skipped(m) != null) {
        continue;
      }
      List<String> options = new ArrayList<>();
      if (m.param("clusters").isPresent()) {
        options.addAll(List.of("clusters", clusters));
      }
      if (m.sideInputs().contains(SideInput.MODALITIES)) {
        options.addAll(List.of("pair", PAIR));
      }
      String name = m.sideInputs().contains(SideInput.SCORES) ? m.name() + "-el2n" : m.name();
      rows.add(new Row(name, ALL, L2_MEAN, "none", m.name(), MethodOptions.of(options.toArray(String[]::new))));
    }
    rows.addAll(filtered(rows));
    return rows;
  }

  /**
   * Filter, then select: each of {@link #FILTERS} keeps {@link #KEEP} of the scenes (the pairs that
   * agree most in the shared space), then each of {@link #FILTERED} selects from them, with its
   * row's features and options.
   */
  private static List<Row> filtered(List<Row> rows) {
    List<Row> out = new ArrayList<>();
    for (String filter : FILTERS) {
      for (Row r : rows) {
        if (FILTERED.contains(r.name())) {
          Map<String, String> options = new LinkedHashMap<>(r.options().asMap());
          options.put("pair", PAIR);
          out.add(new Row(filter + Math.round(100 * KEEP) + "+" + r.name(), r.modalities(), r.fusion(), r.reduce(),
              r.method(), new MethodOptions(options), new Prefilter(filter, KEEP)));
        }
      }
    }
    return out;
  }

  /** Why the demo leaves {@code m} out, or null (every method runs). */
  static String skipped(MethodDescriptor m) {
    return m.requires(SideInput.TARGET) ? "needs a target set (--target)" : null;
  }
}
