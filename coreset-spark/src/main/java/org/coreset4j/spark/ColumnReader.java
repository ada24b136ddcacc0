package org.coreset4j.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.coreset4j.util.InvalidInputException;

/**
 * Reads the id and the modality vectors out of Spark's internal rows (no boxing): the id column
 * must be long or int and every modality column an array of float or double. The schema is
 * checked on the driver, so a missing or mistyped column fails before any job runs.
 */
public record ColumnReader(String idColumn, List<String> columns, boolean longId, boolean[] doubles)
    implements Serializable {

  /** Checks {@code schema} and returns the reader of the columns {@code id, columns...} in that order. */
  public static ColumnReader of(StructType schema, String idColumn, List<String> columns) {
    if (columns.isEmpty()) {
      throw new InvalidInputException("--column is required: give at least one vector column");
    }
    DataType idType = field(schema, "--id-column", idColumn).dataType();
    if (!idType.equals(DataTypes.LongType) && !idType.equals(DataTypes.IntegerType)) {
      throw new InvalidInputException("--id-column " + idColumn + " has type " + idType.simpleString()
          + "; expected bigint or int");
    }
    boolean[] doubles = new boolean[columns.size()];
    for (int m = 0; m < columns.size(); m++) {
      DataType t = field(schema, "--column", columns.get(m)).dataType();
      DataType element = t instanceof ArrayType a ? a.elementType() : null;
      if (!DataTypes.FloatType.equals(element) && !DataTypes.DoubleType.equals(element)) {
        throw new InvalidInputException("--column " + columns.get(m) + " has type " + t.simpleString()
            + "; expected array<float> or array<double>");
      }
      doubles[m] = DataTypes.DoubleType.equals(element);
    }
    return new ColumnReader(idColumn, List.copyOf(columns), idType.equals(DataTypes.LongType), doubles);
  }

  private static StructField field(StructType schema, String option, String name) {
    for (StructField f : schema.fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new InvalidInputException(option + " " + name + " is not a column of the input; its columns are "
        + Arrays.toString(schema.fieldNames()));
  }

  /** The id of a row whose id is not null. */
  public long id(InternalRow row) {
    return longId ? row.getLong(0) : row.getInt(0);
  }

  /** The vector of modality m as float32 (the row must have been checked). */
  public float[] vector(InternalRow row, int m) {
    ArrayData a = row.getArray(m + 1);
    if (!doubles[m]) {
      return a.toFloatArray();
    }
    float[] out = new float[a.numElements()];
    for (int j = 0; j < out.length; j++) {
      out[j] = (float) a.getDouble(j);
    }
    return out;
  }

  /** What is wrong with modality m of this row (null, null element, NaN or infinite), or null. */
  public String problem(InternalRow row, int m) {
    if (row.isNullAt(m + 1)) {
      return "is null";
    }
    ArrayData a = row.getArray(m + 1);
    for (int j = 0; j < a.numElements(); j++) {
      if (a.isNullAt(j)) {
        return "has a null at position " + j;
      }
      double v = doubles[m] ? a.getDouble(j) : a.getFloat(j);
      if (!Double.isFinite(v)) {
        return "contains " + v + " at position " + j;
      }
    }
    return null;
  }

  public int length(InternalRow row, int m) {
    return row.getArray(m + 1).numElements();
  }
}
