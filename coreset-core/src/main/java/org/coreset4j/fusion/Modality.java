package org.coreset4j.fusion;

import org.coreset4j.io.Tensor;

/** One named modality of a dataset: an (N, D) or (N, T, D) tensor. */
public record Modality(String name, Tensor tensor) {
  /** Tokens per sample: shape[1] of an (N, T, D) tensor, 1 for (N, D). */
  public int tokens() {
    long[] s = tensor.shape();
    return s.length == 3 ? Math.toIntExact(s[1]) : 1;
  }

  /** Values per token: the last dimension. */
  public int dims() {
    long[] s = tensor.shape();
    return Math.toIntExact(s[s.length - 1]);
  }
}
