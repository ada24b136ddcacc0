package org.coreset4j.io.parquet;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.coreset4j.io.TableColumn;

/**
 * Collects the values of one flat column, boxed as its {@link TableColumn.Type} says. Text from a
 * dictionary is decoded once per dictionary entry, so a repeated value is one shared string; each
 * binary value is a copy of its own.
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

  @Override
  public void addInt(int value) {
    values.add(value);
  }

  @Override
  public void addLong(long value) {
    values.add(value);
  }

  @Override
  public void addDouble(double value) {
    values.add(value);
  }

  @Override
  public void addFloat(float value) {
    values.add(value);
  }

  @Override
  public void addBoolean(boolean value) {
    values.add(value);
  }

  @Override
  public void addBinary(Binary value) {
    if (type == TableColumn.Type.STRING) {
      values.add(value.toStringUsingUTF8());
    } else {
      // One copy: getBytes() may hand out an array the reader shares between values.
      ByteBuffer bytes = value.toByteBuffer();
      byte[] copy = new byte[bytes.remaining()];
      bytes.get(copy);
      values.add(copy);
    }
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
