package org.coreset4j.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A table file format (rows of named, typed columns) that another module adds, found with
 * {@link java.util.ServiceLoader} like {@link TensorFormat}: the module lists its implementation in
 * {@code META-INF/services/org.coreset4j.io.TableFormat}. Parquet comes this way from
 * {@code coreset-parquet}. {@link Tables} finds the format of a file by its extension. Sample ids
 * and metadata columns are read through it, and outputs with ids and metadata are written through it.
 * Every problem with a file is an {@link org.coreset4j.util.InvalidInputException} whose one-line
 * message names the file and the column ({@link InputErrors}).
 */
public interface TableFormat {
  /** The file name ending this format reads and writes, in lower case with its dot, e.g. {@code .parquet}. */
  String extension();

  /** The number of rows of the file. */
  long rows(Path path);

  /** The names of the file's columns, in schema order. */
  List<String> columns(Path path);

  /**
   * Every value of one column, in row order, typed as the column is stored. A missing column is an
   * error naming the file, the column and the columns it does have.
   */
  TableColumn read(Path path, String column);

  /**
   * The values of the named columns at the given rows, one {@link TableColumn} per name in the
   * order given. The rows are strictly ascending (an {@link IllegalArgumentException} otherwise); a
   * row beyond the file, or a missing column as in {@link #read}, is an error naming the file.
   */
  List<TableColumn> read(Path path, List<String> columns, int[] rows);

  /**
   * Writes the columns (all of one length) as one file, atomically: to a temporary file in the same
   * folder, then renamed over {@code path} ({@link AtomicOutput}).
   */
  void write(Path path, List<TableColumn> columns);
}
