package org.coreset4j.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.coreset4j.fusion.TokenPooling;
import org.coreset4j.io.SampleIds;
import org.coreset4j.util.InvalidInputException;

/**
 * Reads a row's id, modality vectors and per-sample side columns out of Spark's internal rows (no
 * boxing), in the column order of {@link #selection()}: the id (bigint, int, string, or binary
 * such as 16-byte uids, read as hex digits), one
 * vector column per modality (array of float or double, or array of such arrays: tokens, pooled
 * by {@code --tokens} as {@code coreset select} pools an (N, T, D) input), then the {@code --scores}
 * column (a number) and the {@code --events} column (an array of 0/1 numbers or booleans) when
 * given. The schema is checked on the driver, so a missing or mistyped column fails before any job
 * runs. A sample's key is its int64 id, or {@link SampleIds#key} of the text of another id.
 */
public record ColumnReader(String idColumn, List<String> columns, String scoreColumn, String eventsColumn,
    TokenPooling tokens, boolean stringId, boolean binaryId, boolean longId, boolean[] doubles, boolean[] nested,
    DataType scoreType, DataType eventType) implements Serializable {

  /** Checks {@code schema} against the request's columns. */
  public static ColumnReader of(StructType schema, SparkRequest request) {
    List<String> columns = request.columns();
    if (columns.isEmpty()) {
      throw new InvalidInputException("--column is required: give at least one vector column");
    }
    DataType idType = field(schema, "--id-column", request.idColumn()).dataType();
    if (!List.of(DataTypes.LongType, DataTypes.IntegerType, DataTypes.StringType, DataTypes.BinaryType)
        .contains(idType)) {
      throw new InvalidInputException("--id-column " + request.idColumn() + " has type " + idType.simpleString()
          + "; expected bigint, int, string or binary (16-byte uids)");
    }
    boolean[] doubles = new boolean[columns.size()];
    boolean[] nested = new boolean[columns.size()];
    for (int m = 0; m < columns.size(); m++) {
      DataType t = field(schema, "--column", columns.get(m)).dataType();
      DataType element = elementOf(t);
      nested[m] = element instanceof ArrayType;
      DataType value = nested[m] ? elementOf(element) : element;
      if (!DataTypes.FloatType.equals(value) && !DataTypes.DoubleType.equals(value)) {
        throw new InvalidInputException("--column " + columns.get(m) + " has type " + t.simpleString()
            + "; expected array<float>, array<double> or an array of them (tokens)");
      }
      doubles[m] = DataTypes.DoubleType.equals(value);
    }
    DataType scoreType = request.scoresColumn() == null ? null
        : field(schema, "--scores", request.scoresColumn()).dataType();
    if (scoreType != null && !(scoreType instanceof NumericType)) {
      throw new InvalidInputException("--scores " + request.scoresColumn() + " has type " + scoreType.simpleString()
          + "; expected a number per row");
    }
    DataType eventType = request.eventsColumn() == null ? null
        : elementOf(field(schema, "--events", request.eventsColumn()).dataType());
    if (request.eventsColumn() != null && !(eventType instanceof IntegralType)
        && !DataTypes.BooleanType.equals(eventType)) {
      throw new InvalidInputException("--events " + request.eventsColumn() + " is not an array of integers or "
          + "booleans (0/1 per epoch)");
    }
    return new ColumnReader(request.idColumn(), List.copyOf(columns), request.scoresColumn(), request.eventsColumn(),
        request.tokens(), idType.equals(DataTypes.StringType) || idType.equals(DataTypes.BinaryType),
        idType.equals(DataTypes.BinaryType), idType.equals(DataTypes.LongType), doubles, nested,
        scoreType, eventType);
  }

  private static DataType elementOf(DataType t) {
    return t instanceof ArrayType a ? a.elementType() : null;
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

  /** The names of the columns to select, in the order this reader reads them. */
  public List<String> selection() {
    List<String> names = new ArrayList<>();
    names.add(idColumn);
    names.addAll(columns);
    if (scoreColumn != null) {
      names.add(scoreColumn);
    }
    if (eventsColumn != null) {
      names.add(eventsColumn);
    }
    return names;
  }

  /** The key of a row whose id is not null: the int64 id, or the key of the id's text. */
  public long key(InternalRow row) {
    return stringId ? SampleIds.key(idText(row)) : longId ? row.getLong(0) : row.getInt(0);
  }

  /** The id as text: the number, the string, or a binary uid's bytes as lower-case hex digits. */
  public String idText(InternalRow row) {
    return binaryId ? HexFormat.of().formatHex(row.getBinary(0)) : stringId ? row.getUTF8String(0).toString()
        : Long.toString(longId ? row.getLong(0) : row.getInt(0));
  }

  /** Modality m's vector as float32, its tokens pooled (the row must have been checked). */
  public float[] vector(InternalRow row, int m) {
    ArrayData a = row.getArray(m + 1);
    if (!nested[m]) {
      return floats(a, m);
    }
    int t = a.numElements();
    int d = a.getArray(0).numElements();
    float[] raw = new float[t * d];
    for (int k = 0; k < t; k++) {
      System.arraycopy(floats(a.getArray(k), m), 0, raw, k * d, d);
    }
    float[] out = new float[tokens.width(t, d)];
    tokens.pool(raw, 0, t, d, out, 0);
    return out;
  }

  /** The number of tokens of modality m in this row (1 for a flat vector). */
  public int tokens(InternalRow row, int m) {
    return nested[m] ? row.getArray(m + 1).numElements() : 1;
  }

  private float[] floats(ArrayData a, int m) {
    if (!doubles[m]) {
      return a.toFloatArray();
    }
    float[] out = new float[a.numElements()];
    for (int j = 0; j < out.length; j++) {
      out[j] = (float) a.getDouble(j);
    }
    return out;
  }

  /** What is wrong with modality m of this row (null, null element, NaN or infinite, ragged tokens), or null. */
  public String problem(InternalRow row, int m) {
    if (row.isNullAt(m + 1)) {
      return "is null";
    }
    ArrayData a = row.getArray(m + 1);
    if (!nested[m]) {
      return problem(a, m);
    }
    if (a.numElements() == 0) {
      return "has no tokens";
    }
    for (int k = 0; k < a.numElements(); k++) {
      if (a.isNullAt(k)) {
        return "has a null token " + k;
      }
      if (a.getArray(k).numElements() != a.getArray(0).numElements()) {
        return "has tokens of unequal length (" + a.getArray(0).numElements() + " and "
            + a.getArray(k).numElements() + ")";
      }
      String p = problem(a.getArray(k), m);
      if (p != null) {
        return "token " + k + " " + p;
      }
    }
    return null;
  }

  private String problem(ArrayData a, int m) {
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

  /** The length of modality m's vector after pooling. */
  public int length(InternalRow row, int m) {
    ArrayData a = row.getArray(m + 1);
    return nested[m] ? tokens.width(a.numElements(), a.getArray(0).numElements()) : a.numElements();
  }

  /** The {@code --scores} value of this row (NaN without a scores column); null values are checked first. */
  public double score(InternalRow row) {
    if (scoreColumn == null) {
      return Double.NaN;
    }
    int at = columns.size() + 1;
    return DataTypes.DoubleType.equals(scoreType) ? row.getDouble(at)
        : DataTypes.FloatType.equals(scoreType) ? row.getFloat(at)
        : DataTypes.LongType.equals(scoreType) ? row.getLong(at)
        : DataTypes.IntegerType.equals(scoreType) ? row.getInt(at)
        : DataTypes.ShortType.equals(scoreType) ? row.getShort(at)
        : DataTypes.ByteType.equals(scoreType) ? row.getByte(at)
        : row.getDecimal(at, ((DecimalType) scoreType).precision(), ((DecimalType) scoreType).scale()).toDouble();
  }

  /** The {@code --events} of this row as bytes (booleans as 0/1), or null without an events column. */
  public byte[] events(InternalRow row) {
    if (eventsColumn == null) {
      return null;
    }
    ArrayData a = row.getArray(columns.size() + 1 + (scoreColumn == null ? 0 : 1));
    byte[] out = new byte[a.numElements()];
    for (int t = 0; t < out.length; t++) {
      long v = DataTypes.BooleanType.equals(eventType) ? (a.getBoolean(t) ? 1 : 0)
          : DataTypes.LongType.equals(eventType) ? a.getLong(t)
          : DataTypes.IntegerType.equals(eventType) ? a.getInt(t)
          : DataTypes.ShortType.equals(eventType) ? a.getShort(t) : a.getByte(t);
      out[t] = v == 0 || v == 1 ? (byte) v : 2; // anything else fails the core's 0/1 check
    }
    return out;
  }

  /** What is wrong with this row's score or events (null values, a non-finite score), or null. */
  public String sideProblem(InternalRow row) {
    int at = columns.size() + 1;
    if (scoreColumn != null) {
      if (row.isNullAt(at)) {
        return "--scores " + scoreColumn + " is null";
      }
      if (!Double.isFinite(score(row))) {
        return "--scores " + scoreColumn + " is " + score(row);
      }
      at++;
    }
    if (eventsColumn != null) {
      if (row.isNullAt(at)) {
        return "--events " + eventsColumn + " is null";
      }
      ArrayData a = row.getArray(at);
      for (int t = 0; t < a.numElements(); t++) {
        if (a.isNullAt(t)) {
          return "--events " + eventsColumn + " has a null at epoch " + t;
        }
      }
    }
    return null;
  }
}
