package org.coreset4j.io.parquet;

import java.nio.file.Path;
import java.util.List;
import org.coreset4j.io.TableColumn;
import org.coreset4j.io.TableFormat;

/**
 * {@code .parquet} tables for {@link org.coreset4j.io.Tables}: flat columns read whole or at given
 * rows, and written atomically. Registered in
 * {@code META-INF/services/org.coreset4j.io.TableFormat}.
 */
public final class ParquetTableFormat implements TableFormat {
  @Override
  public String extension() {
    return ".parquet";
  }

  @Override
  public long rows(Path path) {
    return ParquetFiles.read(path, null, reader -> reader.getRecordCount());
  }

  @Override
  public List<String> columns(Path path) {
    return ParquetFiles.read(path, null,
        reader -> ParquetTypes.names(reader.getFooter().getFileMetaData().getSchema()));
  }

  @Override
  public TableColumn read(Path path, String column) {
    return TableReader.read(path, List.of(column), null).getFirst();
  }

  @Override
  public List<TableColumn> read(Path path, List<String> columns, int[] rows) {
    return TableReader.read(path, columns, rows.clone());
  }

  @Override
  public void write(Path path, List<TableColumn> columns) {
    TableWriter.write(path, List.copyOf(columns));
  }
}
