package org.coreset4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.fusion.FusionOptions;
import picocli.CommandLine.Option;

/** The inputs and the feature pipeline: --input, --tokens, --normalize, --fuse, --reduce. */
final class FeatureOptions {
  @Option(names = "--input", required = true, paramLabel = "NAME=PATH[:KEY]",
      description = "One modality (repeatable): .npy, .npz (KEY = array), .safetensors (KEY = tensor), "
          + ".parquet (KEY = float-list column); shape (N, D) or (N, T, D).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--tokens", defaultValue = "mean", paramLabel = "MODE",
      description = "Token pooling: mean|sum|concat|first|coincide (default: ${DEFAULT-VALUE}).")
  String tokens;

  @Option(names = "--normalize", defaultValue = "none", paramLabel = "MODE",
      description = "Per-modality normalisation: none|l2|standard (default: ${DEFAULT-VALUE}).")
  String normalize;

  @Option(names = "--fuse", defaultValue = "concat", paramLabel = "MODE",
      description = "Fusion across modalities: concat|mean|sum (default: ${DEFAULT-VALUE}).")
  String fuse;

  @Option(names = "--reduce", defaultValue = "none", paramLabel = "SPEC",
      description = "Reduction after fusion: none|pca:D|umap:D|random:D (default: ${DEFAULT-VALUE}).")
  String reduce;

  List<InputRef> refs() {
    List<InputRef> out = new ArrayList<>();
    for (String s : inputs) {
      InputRef r = InputSpecs.parse("--input", s);
      if (out.stream().anyMatch(o -> o.name().equals(r.name()))) {
        throw new org.coreset4j.InvalidInputException("--input names modality " + r.name() + " twice");
      }
      out.add(r);
    }
    return out;
  }

  FusionOptions fusion() {
    return FusionOptions.parse(tokens, normalize, fuse);
  }
}
