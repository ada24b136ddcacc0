package org.coreset4j.io.parquet;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.coreset4j.io.DType;
import org.coreset4j.io.Elements;
import org.coreset4j.io.InputErrors;

/**
 * Decodes one list-of-float column, row group by row group, into an off-heap float32 (N, D)
 * buffer. Works on the column's levels: repetition level 0 starts a row; definition level
 * {@code maxDefinition} is a value, {@code listDefinition - 1} an empty list, levels between an
 * element that is null and lower levels a null row.
 */
final class ParquetListDecoder {
  private final Path path;
  private final String name;
  private final ColumnDescriptor column;
  private final boolean isDouble;
  private final int maxDefinition;
  private final int listDefinition;
  private final int rows;
  private final Arena arena;

  private MemorySegment data;
  private int length = -1;
  private float[] firstRow = new float[16];
  private int row = -1;
  private int filled;

  ParquetListDecoder(MessageType projection, Path path, String name, long rows, Arena arena) {
    this.path = path;
    this.name = name;
    this.arena = arena;
    List<ColumnDescriptor> leaves = projection.getColumns();
    ColumnDescriptor leaf = leaves.getFirst();
    PrimitiveTypeName type = leaf.getPrimitiveType().getPrimitiveTypeName();
    if (leaves.size() != 1 || leaf.getMaxRepetitionLevel() != 1
        || (type != PrimitiveTypeName.FLOAT && type != PrimitiveTypeName.DOUBLE)) {
      throw InputErrors.invalid(path, name, "column is not a list of float or double (it is "
          + projection.getType(name).toString().replaceAll("\\s+", " ").strip()
          + "); use a list<float32> embedding column");
    }
    if (rows > Integer.MAX_VALUE) {
      throw InputErrors.invalid(path, name, rows + " rows; at most 2^31-1 are supported");
    }
    this.column = leaf;
    this.isDouble = type == PrimitiveTypeName.DOUBLE;
    this.maxDefinition = leaf.getMaxDefinitionLevel();
    this.listDefinition = repeatedDefinition(projection, leaf.getPath());
    this.rows = (int) rows;
  }

  /** The definition level at which the repeated node along {@code leafPath} holds an element. */
  private static int repeatedDefinition(MessageType schema, String[] leafPath) {
    for (int i = 1; i <= leafPath.length; i++) {
      String[] prefix = Arrays.copyOf(leafPath, i);
      if (schema.getType(prefix).isRepetition(Type.Repetition.REPEATED)) {
        return schema.getMaxDefinitionLevel(prefix);
      }
    }
    throw new IllegalStateException("no repeated node on " + Arrays.toString(leafPath));
  }

  ColumnDescriptor column() {
    return column;
  }

  DType dtype() {
    return isDouble ? DType.F64 : DType.F32;
  }

  long[] shape() {
    return new long[] {rows, Math.max(length, 0)};
  }

  /** Consumes every value of one row group's column. */
  void decode(ColumnReader values) {
    for (long i = values.getTotalValueCount(); i > 0; i--) {
      if (values.getCurrentRepetitionLevel() == 0) {
        endRow();
        row++;
        filled = 0;
      }
      int definition = values.getCurrentDefinitionLevel();
      if (definition == maxDefinition) {
        put(isDouble ? (float) values.getDouble() : values.getFloat());
      } else if (definition >= listDefinition) {
        throw InputErrors.invalid(path, name, "row " + row + " holds a null element; "
            + "fill or drop it");
      } else if (definition < listDefinition - 1) {
        throw InputErrors.invalid(path, name, "row " + row + " is null; every row needs an "
            + "embedding");
      }
      values.consume();
    }
  }

  /** Checks the last row and returns the (N, D) float32 buffer. */
  MemorySegment finish() {
    endRow();
    if (row + 1 != rows) {
      throw InputErrors.invalid(path, name, "column holds " + (row + 1) + " rows but the file "
          + rows + "; the file is corrupt");
    }
    if (data == null) {
      data = arena.allocate(0);
    }
    return data;
  }

  private void put(float v) {
    if (length < 0) {
      if (filled == firstRow.length) {
        firstRow = Arrays.copyOf(firstRow, filled * 2);
      }
      firstRow[filled] = v;
    } else if (filled < length) {
      data.setAtIndex(Elements.F32, (long) row * length + filled, v);
    }
    filled++;
  }

  /** Fixes D at the first row; every later row must have D values. */
  private void endRow() {
    if (row < 0) {
      return;
    }
    if (length < 0) {
      if (filled == 0) {
        throw InputErrors.invalid(path, name, "row 0 is an empty list; embeddings need at least "
            + "one value");
      }
      length = filled;
      data = arena.allocate((long) rows * length * Float.BYTES, 64);
      MemorySegment.copy(firstRow, 0, data, Elements.F32, 0, length);
      firstRow = null;
    } else if (filled != length) {
      throw InputErrors.invalid(path, name, "row " + row + " has " + filled + " values but row 0 has "
          + length + "; all rows must have the same length");
    }
  }
}
