package org.coreset4j.fusion;

/** The feature pipeline before reduction: {@code --tokens}, {@code --normalize}, {@code --fuse}. */
public record FusionOptions(TokenPooling tokens, Normalization normalize, FuseMode fuse) {
  /** The command line's defaults: tokens mean, normalize none, fuse concat. */
  public static final FusionOptions DEFAULTS =
      new FusionOptions(TokenPooling.MEAN, Normalization.NONE, FuseMode.CONCAT);

  public static FusionOptions parse(String tokens, String normalize, String fuse) {
    return new FusionOptions(TokenPooling.parse(tokens), Normalization.parse(normalize), FuseMode.parse(fuse));
  }
}
