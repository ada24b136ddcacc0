package org.coreset4j.io.parquet;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.coreset4j.io.TableColumn;

/** Writes the record of row i of the columns; a null value is an absent optional field. */
final class ColumnWriteSupport extends WriteSupport<Integer> {
  private final MessageType schema;
  private final List<TableColumn> columns;
  private RecordConsumer out;

  ColumnWriteSupport(MessageType schema, List<TableColumn> columns) {
    this.schema = schema;
    this.columns = columns;
  }

  @Override
  public WriteContext init(Configuration configuration) {
    return new WriteContext(schema, Map.of());
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(schema, Map.of());
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.out = recordConsumer;
  }

  @Override
  public void write(Integer row) {
    out.startMessage();
    for (int c = 0; c < columns.size(); c++) {
      TableColumn column = columns.get(c);
      Object value = column.values().get(row);
      if (value != null) {
        out.startField(column.name(), c);
        add(value);
        out.endField(column.name(), c);
      }
    }
    out.endMessage();
  }

  private void add(Object value) {
    switch (value) {
      case Long v -> out.addLong(v);
      case Integer v -> out.addInteger(v);
      case Double v -> out.addDouble(v);
      case Float v -> out.addFloat(v);
      case Boolean v -> out.addBoolean(v);
      case String v -> out.addBinary(Binary.fromString(v));
      case byte[] v -> out.addBinary(Binary.fromConstantByteArray(v));
      default -> throw new IllegalStateException("no Parquet type for " + value.getClass());
    }
  }
}
