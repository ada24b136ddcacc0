package org.coreset4j.io.parquet;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.coreset4j.io.AtomicOutput;
import org.coreset4j.io.TableColumn;

/**
 * Writes columns as one {@code .parquet} file of optional flat fields, through
 * {@link AtomicOutput}. Pages are dictionary encoded where that pays and otherwise uncompressed,
 * which needs no native codec.
 */
final class TableWriter {
  private TableWriter() {}

  static void write(Path path, List<TableColumn> columns) {
    int rows = checkedRows(columns);
    QuietLogging.apply();
    MessageType schema =
        new MessageType("table", columns.stream().<Type>map(ParquetTypes::field).toList());
    AtomicOutput.write(path, out -> {
      try (ParquetWriter<Integer> writer = new Builder(new StreamOutputFile(out), schema, columns)
          .withConf(new PlainParquetConfiguration())
          .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
          .build()) {
        for (int row = 0; row < rows; row++) {
          writer.write(row);
        }
      }
    });
  }

  /** The columns' common length; they must be at least one, with distinct names. */
  private static int checkedRows(List<TableColumn> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    Set<String> names = new HashSet<>();
    int rows = columns.getFirst().size();
    for (TableColumn column : columns) {
      if (!names.add(column.name())) {
        throw new IllegalArgumentException("two columns are named " + column.name());
      }
      if (column.size() != rows) {
        throw new IllegalArgumentException("column " + column.name() + " has " + column.size()
            + " values but " + columns.getFirst().name() + " has " + rows);
      }
    }
    return rows;
  }

  private static final class Builder extends ParquetWriter.Builder<Integer, Builder> {
    private final MessageType schema;
    private final List<TableColumn> columns;

    Builder(OutputFile file, MessageType schema, List<TableColumn> columns) {
      super(file);
      this.schema = schema;
      this.columns = columns;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Integer> getWriteSupport(Configuration configuration) {
      return new ColumnWriteSupport(schema, columns);
    }

    @Override
    protected WriteSupport<Integer> getWriteSupport(ParquetConfiguration configuration) {
      return new ColumnWriteSupport(schema, columns);
    }
  }
}
