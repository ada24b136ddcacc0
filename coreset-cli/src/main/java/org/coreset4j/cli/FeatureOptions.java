package org.coreset4j.cli;

import java.util.List;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.FusionOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The inputs and the feature pipeline: --input, --tokens, --normalize, --fuse, --reduce. */
final class FeatureOptions {
  @Mixin ModalityOptions modalities = new ModalityOptions();

  @Option(names = "--fuse", defaultValue = "concat", paramLabel = "MODE",
      description = "Fusion across modalities: concat|mean|sum (default: ${DEFAULT-VALUE}).")
  String fuse;

  @Option(names = "--reduce", defaultValue = "none", paramLabel = "SPEC",
      description = "Reduction after fusion: none|pca:D|umap:D|random:D (default: ${DEFAULT-VALUE}).")
  String reduce;

  List<InputRef> refs() {
    return modalities.refs();
  }

  FusionOptions fusion() {
    return modalities.fusion(FuseMode.parse(fuse));
  }
}
