package org.coreset4j.io;

import java.util.List;
import java.util.Objects;

/**
 * One named column of a table, such as a metadata column carried into an output (url, caption) or
 * a column of sample ids. Values are {@code Long}, {@code Integer}, {@code Double}, {@code Float},
 * {@code Boolean}, {@code String} or {@code byte[]} as {@code type} says, or null.
 */
public record TableColumn(String name, Type type, List<Object> values) {
  /** The value types a column may hold, and the Java class of each. */
  public enum Type {
    INT64(Long.class), INT32(Integer.class), DOUBLE(Double.class), FLOAT(Float.class),
    BOOLEAN(Boolean.class), STRING(String.class), BINARY(byte[].class);

    private final Class<?> javaClass;

    Type(Class<?> javaClass) {
      this.javaClass = javaClass;
    }

    public Class<?> javaClass() {
      return javaClass;
    }
  }

  public TableColumn {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    for (Object v : values) {
      if (v != null && !type.javaClass().isInstance(v)) {
        throw new IllegalArgumentException("column " + name + " of " + type + " holds a " + v.getClass().getSimpleName());
      }
    }
  }

  public int size() {
    return values.size();
  }
}
