package org.coreset4j.selection;

/** A per-sample input a method needs besides the fused features, and the option that supplies it. */
public enum SideInput {
  /** Per-sample scores, length N ({@code --scores}). */
  SCORES("--scores", "per-sample scores (.npy, length N)"),
  /** Per-epoch correctness, N x E of 0/1 ({@code --events}). */
  EVENTS("--events", "per-epoch correctness (.npy, N x E of 0/1)"),
  /** Each modality's own features, for methods that compare two modalities ({@code --pair A,B}). */
  MODALITIES("--pair", "the features of each modality apart (two inputs named by --pair)"),
  /** Embeddings of the data the selection should serve, M x D in the features' space ({@code --target}). */
  TARGET("--target", "embeddings of the data you care about (.npy/.npz/.safetensors/.parquet, M x D)");

  private final String option;
  private final String description;

  SideInput(String option, String description) {
    this.option = option;
    this.description = description;
  }

  public String option() {
    return option;
  }

  public String description() {
    return description;
  }
}
