package org.coreset4j.io.parquet;

import java.nio.file.Path;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.TensorFormat;

/**
 * {@code .parquet} for {@link org.coreset4j.io.Tensors#open}: a column of float or double lists
 * (key = column name). Registered in {@code META-INF/services/org.coreset4j.io.TensorFormat}.
 */
public final class ParquetFormat implements TensorFormat {
  @Override
  public String extension() {
    return ".parquet";
  }

  @Override
  public Tensor open(Path path, String key) {
    return ParquetTensor.open(path, key);
  }
}
