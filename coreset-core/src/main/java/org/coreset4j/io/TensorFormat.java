package org.coreset4j.io;

import java.nio.file.Path;

/**
 * A file format that another module adds to {@link Tensors#open}, found with
 * {@link java.util.ServiceLoader}: the module lists its implementation in
 * {@code META-INF/services/org.coreset4j.io.TensorFormat}. Parquet comes this way from
 * {@code coreset-parquet}, so that the core needs none of Parquet's and Hadoop's libraries. The
 * built-in formats ({@code .npy}, {@code .npz}, {@code .safetensors}) cannot be replaced.
 */
public interface TensorFormat {
  /** The file name ending this format reads, in lower case with its dot, e.g. {@code .parquet}. */
  String extension();

  /**
   * Opens {@code key} of {@code path} (null: the file's only array); the caller closes it. Every
   * problem with the file is an {@link org.coreset4j.util.InvalidInputException} whose one-line
   * message names the file and key ({@link InputErrors}).
   */
  Tensor open(Path path, String key);
}
