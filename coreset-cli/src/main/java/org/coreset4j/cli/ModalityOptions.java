package org.coreset4j.cli;

import java.util.ArrayList;
import org.coreset4j.cli.common.InputSpecs;
import java.util.List;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Normalization;
import org.coreset4j.fusion.TokenPooling;
import picocli.CommandLine.Option;

/** The modalities and how each becomes one vector per sample: --input, --tokens, --normalize. */
final class ModalityOptions {
  @Option(names = "--input", paramLabel = "NAME=PATH[:KEY]",
      description = "One modality (repeatable, at least one): .npy, .npz (KEY = array), .safetensors (KEY = tensor), "
          + ".parquet (KEY = float-list column); shape (N, D) or (N, T, D). PATH may be a folder or a glob "
          + "of shards (img_emb/*.npy), read in natural order as one array.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--tokens", defaultValue = "mean", paramLabel = "MODE",
      description = "Token pooling: mean|sum|concat|first|coincide (default: ${DEFAULT-VALUE}).")
  String tokens;

  @Option(names = "--normalize", defaultValue = "none", paramLabel = "MODE",
      description = "Per-modality normalisation: none|l2|standard (default: ${DEFAULT-VALUE}).")
  String normalize;

  /** The inputs in the order given; none, or a modality named twice, is an error. */
  List<InputRef> refs() {
    if (inputs.isEmpty()) {
      throw new InvalidInputException("Missing required option: '--input=NAME=PATH[:KEY]'");
    }
    List<InputRef> out = new ArrayList<>();
    for (String s : inputs) {
      InputRef r = InputSpecs.parse("--input", s);
      if (out.stream().anyMatch(o -> o.name().equals(r.name()))) {
        throw new InvalidInputException("--input names modality " + r.name() + " twice");
      }
      out.add(r);
    }
    return out;
  }

  /** These options with modalities combined by {@code fuse}. */
  FusionOptions fusion(FuseMode fuse) {
    return new FusionOptions(TokenPooling.parse(tokens), Normalization.parse(normalize), fuse);
  }
}
