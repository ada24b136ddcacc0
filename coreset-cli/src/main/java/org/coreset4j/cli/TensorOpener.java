package org.coreset4j.cli;

import java.nio.file.Path;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.io.Tensor;

/** Opens an input array file; {@code key} names the array inside multi-array files, else null. */
@FunctionalInterface
public interface TensorOpener {
  Tensor open(Path path, String key);

  /** The file readers of this build. */
  TensorOpener DEFAULT = org.coreset4j.io.Tensors::open;
}
