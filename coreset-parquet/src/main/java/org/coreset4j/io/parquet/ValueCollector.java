package org.coreset4j.io.parquet;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.coreset4j.io.TableColumn;

/**
 * Collects the values of one flat column, boxed as its {@link TableColumn.Type} says. Text reaches
 * it as this converter, so that a dictionary's entries are decoded once and a repeated value is one
 * shared string; each binary value is a copy of its own.
 */
final class ValueCollector extends PrimitiveConverter {
  private final String name;
  private final TableColumn.Type type;
  private final List<Object> values;
  private Dictionary dictionary;
  private String[] decoded;

  ValueCollector(String name, TableColumn.Type type, int capacity) {
    this.name = name;
    this.type = type;
    this.values = new ArrayList<>(capacity);
  }

  TableColumn column() {
    return new TableColumn(name, type, values);
  }

  void addNull() {
    values.add(null);
  }

  /** Adds the reader's current value; text goes through the dictionary where there is one. */
  void add(ColumnReader reader) {
    switch (type) {
      case INT64 -> values.add(reader.getLong());
      case INT32 -> values.add(reader.getInteger());
      case DOUBLE -> values.add(reader.getDouble());
      case FLOAT -> values.add(reader.getFloat());
      case BOOLEAN -> values.add(reader.getBoolean());
      case STRING -> reader.writeCurrentValueToConverter();
      case BINARY -> values.add(copy(reader.getBinary()));
    }
  }

  /** One copy: {@code getBytes()} may hand out an array the reader shares between values. */
  private static byte[] copy(Binary value) {
    ByteBuffer bytes = value.toByteBuffer();
    byte[] copy = new byte[bytes.remaining()];
    bytes.get(copy);
    return copy;
  }

  @Override
  public void addBinary(Binary value) {
    values.add(value.toStringUsingUTF8());
  }

  @Override
  public boolean hasDictionarySupport() {
    return type == TableColumn.Type.STRING;
  }

  @Override
  public void setDictionary(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.decoded = new String[dictionary.getMaxId() + 1];
  }

  @Override
  public void addValueFromDictionary(int id) {
    String text = decoded[id];
    if (text == null) {
      text = dictionary.decodeToBinary(id).toStringUsingUTF8();
      decoded[id] = text;
    }
    values.add(text);
  }
}
