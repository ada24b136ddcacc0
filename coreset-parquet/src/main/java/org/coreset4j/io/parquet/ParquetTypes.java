package org.coreset4j.io.parquet;

import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.coreset4j.io.InputErrors;
import org.coreset4j.io.TableColumn;

/**
 * Maps flat Parquet columns to {@link TableColumn.Type}s and back. A column is flat when it is a
 * primitive field of the message, optional or required. Integers of any width annotation are read
 * by their physical type; BINARY annotated as a string, enum or JSON is text.
 */
final class ParquetTypes {
  private ParquetTypes() {}

  /** The names of the schema's top-level columns. */
  static List<String> names(MessageType schema) {
    return schema.getFields().stream().map(Type::getName).toList();
  }

  /** The top-level field {@code name}; an error listing the columns when there is none. */
  static Type field(MessageType schema, Path path, String name) {
    if (!schema.containsField(name)) {
      throw InputErrors.invalid(path, name, "no column " + name + "; columns are "
          + String.join(", ", names(schema)));
    }
    return schema.getType(name);
  }

  /** The type a flat field's values are read as; an error for a nested, repeated or INT96 one. */
  static TableColumn.Type of(Type field, Path path) {
    if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
      throw InputErrors.invalid(path, field.getName(), "column is nested or repeated (it is "
          + field.toString().replaceAll("\\s+", " ").strip() + "); only flat columns are supported");
    }
    PrimitiveType primitive = field.asPrimitiveType();
    return switch (primitive.getPrimitiveTypeName()) {
      case INT64 -> TableColumn.Type.INT64;
      case INT32 -> TableColumn.Type.INT32;
      case DOUBLE -> TableColumn.Type.DOUBLE;
      case FLOAT -> TableColumn.Type.FLOAT;
      case BOOLEAN -> TableColumn.Type.BOOLEAN;
      case BINARY -> isText(primitive.getLogicalTypeAnnotation())
          ? TableColumn.Type.STRING : TableColumn.Type.BINARY;
      case FIXED_LEN_BYTE_ARRAY -> TableColumn.Type.BINARY;
      case INT96 -> throw InputErrors.invalid(path, field.getName(),
          "column is INT96 (a legacy timestamp), which is not supported; store it as INT64");
    };
  }

  private static boolean isText(LogicalTypeAnnotation annotation) {
    return annotation instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
        || annotation instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
        || annotation instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
  }

  /** The optional field a column is written as. */
  static PrimitiveType field(TableColumn column) {
    PrimitiveTypeName physical = switch (column.type()) {
      case INT64 -> PrimitiveTypeName.INT64;
      case INT32 -> PrimitiveTypeName.INT32;
      case DOUBLE -> PrimitiveTypeName.DOUBLE;
      case FLOAT -> PrimitiveTypeName.FLOAT;
      case BOOLEAN -> PrimitiveTypeName.BOOLEAN;
      case STRING, BINARY -> PrimitiveTypeName.BINARY;
    };
    return Types.optional(physical)
        .as(column.type() == TableColumn.Type.STRING ? LogicalTypeAnnotation.stringType() : null)
        .named(column.name());
  }
}
