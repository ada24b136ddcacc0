package org.coreset4j.io.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.coreset4j.io.InputErrors;
import org.coreset4j.io.TableColumn;

/**
 * Reads flat columns of a {@code .parquet} file, every row or the rows at given positions. Only
 * those columns' chunks are read, one row group at a time; a row group that holds none of the
 * wanted rows is skipped unread, and within a group the other rows' values are skipped undecoded.
 */
final class TableReader {
  /** The wanted rows, ascending; null for every row, when position k is row k. */
  private final int[] rows;
  private final MessageType projection;
  private final List<ValueCollector> collectors;

  private TableReader(int[] rows, MessageType projection, List<ValueCollector> collectors) {
    this.rows = rows;
    this.projection = projection;
    this.collectors = collectors;
  }

  /** The named columns' values at {@code rows} (ascending), or at every row when it is null. */
  static List<TableColumn> read(Path path, List<String> names, int[] rows) {
    if (rows != null) {
      requireAscending(rows);
    }
    return ParquetFiles.read(path, names.size() == 1 ? names.getFirst() : null, reader -> {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      long count = reader.getRecordCount();
      int size = rows == null ? allRows(path, count) : within(path, rows, count);
      MessageType projection = new MessageType(schema.getName(), names.stream().distinct()
          .map(name -> ParquetTypes.field(schema, path, name)).toList());
      Map<String, ValueCollector> byName = new LinkedHashMap<>();
      for (Type field : projection.getFields()) {
        byName.put(field.getName(),
            new ValueCollector(field.getName(), ParquetTypes.of(field, path), size));
      }
      reader.setRequestedSchema(projection);
      new TableReader(rows, projection, List.copyOf(byName.values())).scan(reader);
      return names.stream().map(name -> byName.get(name).column()).toList();
    });
  }

  private static int allRows(Path path, long count) {
    if (count > Integer.MAX_VALUE) {
      throw InputErrors.invalid(path, null, count + " rows; at most 2^31-1 are supported");
    }
    return (int) count;
  }

  private static void requireAscending(int[] rows) {
    for (int k = 1; k < rows.length; k++) {
      if (rows[k] <= rows[k - 1]) {
        throw new IllegalArgumentException("rows must be ascending, but " + rows[k]
            + " follows " + rows[k - 1]);
      }
    }
  }

  /** The number of ascending {@code rows}, all of which must be in the file. */
  private static int within(Path path, int[] rows, long count) {
    for (int row : rows.length == 0 ? rows : new int[] {rows[0], rows[rows.length - 1]}) {
      if (row < 0 || row >= count) {
        throw InputErrors.invalid(path, null, "row " + row + " is not among the file's "
            + count + " rows");
      }
    }
    return rows.length;
  }

  private void scan(ParquetFileReader reader) throws IOException {
    String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
    GroupConverter root = new GroupConverter() {
      @Override
      public Converter getConverter(int field) {
        return collectors.get(field);
      }

      @Override
      public void start() {}

      @Override
      public void end() {}
    };
    List<ColumnDescriptor> leaves = projection.getColumns();
    long first = 0;
    int from = 0;
    for (BlockMetaData group : reader.getRowGroups()) {
      long end = first + group.getRowCount();
      int to = positionOf(from, end);
      if (to == from) {
        reader.skipNextRowGroup();
      } else {
        ColumnReadStoreImpl store =
            new ColumnReadStoreImpl(reader.readNextRowGroup(), root, projection, createdBy);
        for (int c = 0; c < leaves.size(); c++) {
          read(store.getColumnReader(leaves.get(c)), collectors.get(c), first, from, to);
        }
      }
      first = end;
      from = to;
    }
  }

  /** The first position at or after {@code from} whose row is {@code end} or later. */
  private int positionOf(int from, long end) {
    if (rows == null) {
      return (int) end;
    }
    int k = from;
    while (k < rows.length && rows[k] < end) {
      k++;
    }
    return k;
  }

  /** Reads positions [from, to) from a row group whose first row is {@code first}. */
  private void read(ColumnReader values, ValueCollector out, long first, int from, int to) {
    int defined = values.getDescriptor().getMaxDefinitionLevel();
    long row = first;
    for (int k = from; k < to; k++) {
      for (long wanted = rows == null ? k : rows[k]; row < wanted; row++) {
        if (values.getCurrentDefinitionLevel() == defined) {
          values.skip();
        }
        values.consume();
      }
      if (values.getCurrentDefinitionLevel() == defined) {
        out.add(values);
      } else {
        out.addNull();
      }
      values.consume();
      row++;
    }
  }
}
