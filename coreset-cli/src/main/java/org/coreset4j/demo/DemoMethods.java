package org.coreset4j.demo;

import java.util.ArrayList;
import java.util.List;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.SideInput;

/**
 * The rows of the demo table: the DQ variants of seed 000's Table 1 (token concat / mean / sum,
 * and concat reduced by PCA and by UMAP, over the RGB and mask tokens), then every other method of
 * the registry with its defaults on l2-normalised mean tokens of RGB, mask and caption (clustered
 * methods with K = sqrt(N)). Methods that read scores or events get the demo probe's EL2N and
 * forgetting events (see {@link Demo}); vas runs without a target (on the data's own second
 * moment) and normsim, which needs one, is left out; random is every table's baseline.
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
      MethodOptions options = m.param("clusters").isPresent() ? MethodOptions.of("clusters", clusters)
          : MethodOptions.empty();
      String name = m.sideInputs().contains(SideInput.SCORES) ? m.name() + "-el2n" : m.name();
      rows.add(new Row(name, ALL, L2_MEAN, "none", m.name(), options));
    }
    return rows;
  }

  /** Why the demo leaves {@code m} out, or null. */
  static String skipped(MethodDescriptor m) {
    if (m.sideInputs().contains(SideInput.MODALITIES)) {
      return "needs two modalities embedded in one space";
    }
    return m.requires(SideInput.TARGET) ? "needs a target set (--target)" : null;
  }
}
