package org.coreset4j.fusion;

import org.coreset4j.io.Tensor;

/**
 * One named modality of a dataset: an (N, D) or (N, T, D) tensor.
 *
 * @param label how error messages name it: {@code --input NAME=PATH} for an input, or the option
 *     and path of a side input read the same way (such as {@code --target PATH})
 */
public record Modality(String name, Tensor tensor, String label) {
  /** An input modality, named in errors as {@code --input NAME=PATH}. */
  public Modality(String name, Tensor tensor) {
    this(name, tensor, "--input " + name + "=" + tensor.path());
  }

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
