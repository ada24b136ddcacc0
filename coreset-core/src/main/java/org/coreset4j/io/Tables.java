package org.coreset4j.io;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the {@link TableFormat} of a file by its extension, among those on the classpath. */
public final class Tables {
  private Tables() {}

  /** Whether a table format on the classpath handles the extension of {@code path}. */
  public static boolean handles(Path path) {
    String name = Tensors.lowerCaseName(path);
    return Plugins.FORMATS.stream().anyMatch(f -> name.endsWith(f.extension()));
  }

  /** The format of {@code path}; an error naming {@code option} and the file when there is none. */
  public static TableFormat of(Path path, String option) {
    String name = Tensors.lowerCaseName(path);
    for (TableFormat format : Plugins.FORMATS) {
      if (name.endsWith(format.extension())) {
        return format;
      }
    }
    if (name.endsWith(".parquet")) {
      throw new org.coreset4j.util.InvalidInputException(option + " " + path
          + ": reading or writing .parquet tables needs the coreset-parquet module (org.coreset4j:coreset-parquet)"
          + " on the classpath");
    }
    throw new org.coreset4j.util.InvalidInputException(option + " " + path + ": not a table file; use .parquet");
  }

  /** The table formats on the classpath, loaded on first use. */
  private static final class Plugins {
    static final List<TableFormat> FORMATS = ServiceLoader.load(TableFormat.class,
        TableFormat.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
  }
}
