package org.coreset4j.io;

import java.nio.file.Path;

/**
 * What the manifest records about an input array.
 *
 * @param key the array's key inside the file, or null for a plain .npy
 * @param fileSize the file's size in bytes
 */
public record TensorInfo(Path path, String key, long[] shape, DType dtype, long fileSize) {
  public TensorInfo {
    shape = shape.clone();
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  /** The shape as numpy prints it, for example {@code (1000, 768)}. */
  public String shapeString() {
    return Tensors.shapeString(shape);
  }

  /** The numpy name of the element type, for example {@code float32}. */
  public String dtypeName() {
    return Tensors.dtypeName(dtype);
  }
}
