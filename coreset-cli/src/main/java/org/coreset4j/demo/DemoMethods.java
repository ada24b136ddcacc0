package org.coreset4j.demo;

import java.util.List;
import java.util.Map;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.params.MethodOptions;

/**
 * The rows of the demo table: the DQ variants of seed 000's Table 1 (token concat / mean / sum,
 * and concat reduced by PCA and by UMAP, over the RGB and mask tokens) and every other method on
 * l2-normalised mean tokens of RGB, mask and caption. Forgetting, score (EL2N, hardest kept), d2
 * and ccs read the training signals of the demo's probe (see {@link Demo}).
 */
final class DemoMethods {
  /** One selection: name, features, method and options. */
  record Row(String name, List<String> modalities, FusionOptions fusion, String reduce, String method,
      MethodOptions options) {}

  /** The modalities and fusion of every row but DQ's, and of the probe's features. */
  static final List<String> ALL = List.of("image", "mask", "text");
  static final FusionOptions L2_MEAN = FusionOptions.parse("mean", "l2", "concat");

  private DemoMethods() {}

  static List<Row> rows(int n) {
    List<String> vision = List.of("image", "mask");
    List<String> all = ALL;
    FusionOptions l2Mean = L2_MEAN;
    String clusters = Integer.toString(Math.max(2, (int) Math.round(Math.sqrt(n))));
    MethodOptions bins = MethodOptions.of("bins", "10");
    return List.of(
        new Row("dq-concat", vision, FusionOptions.parse("concat", "none", "concat"), "none", "dq", bins),
        new Row("dq-mean", vision, FusionOptions.parse("mean", "none", "concat"), "none", "dq", bins),
        new Row("dq-sum", vision, FusionOptions.parse("sum", "none", "concat"), "none", "dq", bins),
        new Row("dq-concat-pca", vision, FusionOptions.parse("concat", "none", "concat"), "pca:64", "dq", bins),
        new Row("dq-concat-umap", vision, FusionOptions.parse("concat", "none", "concat"), "umap:8", "dq", bins),
        new Row("coincide", all, l2Mean, "none", "coincide", MethodOptions.of("clusters", clusters)),
        new Row("semdedup", all, l2Mean, "none", "semdedup", MethodOptions.of("clusters", clusters)),
        new Row("selfsup", all, l2Mean, "none", "selfsup", MethodOptions.of("clusters", clusters)),
        new Row("kcenter", all, l2Mean, "none", "kcenter", MethodOptions.empty()),
        new Row("herding", all, l2Mean, "none", "herding", MethodOptions.empty()),
        new Row("facility-location", all, l2Mean, "none", "facility-location", MethodOptions.empty()),
        new Row("graphcut", all, l2Mean, "none", "graphcut", MethodOptions.empty()),
        new Row("logdet", all, l2Mean, "none", "logdet", MethodOptions.empty()),
        new Row("forgetting", all, l2Mean, "none", "forgetting", MethodOptions.empty()),
        new Row("score-el2n", all, l2Mean, "none", "score", MethodOptions.of("window", "top")),
        new Row("d2-el2n", all, l2Mean, "none", "d2", MethodOptions.empty()),
        new Row("ccs-el2n", all, l2Mean, "none", "ccs", MethodOptions.empty()));
  }

  /** Methods the demo leaves out, and why. */
  static final Map<String, String> SKIPPED = Map.of(
      "clipscore", "needs two modalities embedded in one space");
}
