package org.coreset4j.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads sample ids ({@code --ids PATH[:KEY]}) by file type: {@code .npy} ({@link NpyIds}),
 * {@code .txt} (one per line), {@code .json} (an array of objects, as LLaVA's instruction files) or
 * {@code .jsonl} (one object per line), the field KEY (default {@code id}), and {@code .parquet}
 * (the column KEY, default {@code id} or else {@code uid}). A folder or glob reads its shards in
 * natural order. Nulls, missing fields and empty lines are errors naming the file and row.
 */
public final class IdReaders {
  private static final Set<String> EXTENSIONS = Set.of(".npy", ".txt", ".json", ".jsonl", ".parquet");
  private static final JsonFactory JSON = new JsonFactory();

  private IdReaders() {}

  /** The ids of {@code path} (a file, folder or glob of shards); {@code key} a field or column, or null. */
  public static SampleIds read(Path path, String key) {
    if (!Shards.isSharded(path)) {
      return readFile(path, key);
    }
    List<Path> files = Shards.list(path, key, EXTENSIONS);
    List<SampleIds> parts = new ArrayList<>();
    for (Path f : files) {
      parts.add(readFile(f, key));
    }
    return SampleIds.concat(parts, files.stream().map(f -> InputErrors.label(f, key)).toList());
  }

  private static SampleIds readFile(Path path, String key) {
    String name = Tensors.lowerCaseName(path);
    if (name.endsWith(".npy")) {
      if (key != null) {
        throw InputErrors.invalid(path, key, "an .npy file holds a single array; drop ':" + key + "'");
      }
      return NpyIds.read(path, "id");
    }
    if (name.endsWith(".parquet")) {
      return parquet(path, key);
    }
    MappedFile.checkReadable(path, key);
    try {
      if (name.endsWith(".txt")) {
        return text(path, key);
      }
      if (name.endsWith(".json") || name.endsWith(".jsonl")) {
        return json(path, key == null ? "id" : key, name.endsWith(".jsonl"));
      }
    } catch (IOException e) {
      throw InputErrors.invalid(path, key, "cannot read the ids (" + e.getMessage() + ")", e);
    }
    throw InputErrors.invalid(path, key, "unknown id file type; use .npy, .txt, .json, .jsonl or .parquet");
  }

  private static SampleIds text(Path path, String key) throws IOException {
    if (key != null) {
      throw InputErrors.invalid(path, key, "a .txt file holds one id per line; drop ':" + key + "'");
    }
    List<String> ids = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty()) {
          throw InputErrors.invalid(path, null, "line " + (ids.size() + 1) + " is empty; one id per line");
        }
        ids.add(line);
      }
    }
    return SampleIds.strings("id", ids.toArray(String[]::new));
  }

  /**
   * Field {@code field} of every top-level object, streamed: integers become int64 ids unless some
   * id is a string, in which case all are read as strings (numbers in their decimal form).
   */
  private static SampleIds json(Path path, String field, boolean lines) throws IOException {
    List<Object> ids = new ArrayList<>();
    try (JsonParser p = JSON.createParser(path.toFile())) {
      JsonToken t = p.nextToken();
      if (!lines) {
        if (t != JsonToken.START_ARRAY) {
          throw InputErrors.invalid(path, field, "expected a JSON array of objects");
        }
        t = p.nextToken();
      }
      while (t != null && t != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw InputErrors.invalid(path, field, "item " + ids.size() + " is not an object");
        }
        ids.add(field(p, path, field, ids.size()));
        t = p.nextToken();
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw InputErrors.invalid(path, field, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (ids.stream().allMatch(v -> v instanceof Long)) {
      return SampleIds.int64(field, ids.stream().mapToLong(v -> (Long) v).toArray());
    }
    return SampleIds.strings(field, ids.stream().map(String::valueOf).toArray(String[]::new));
  }

  /** Reads the current object (its START_OBJECT consumed) and returns its {@code field}: a Long or a String. */
  private static Object field(JsonParser p, Path path, String field, int row) throws IOException {
    Object value = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      t = p.nextToken();
      if (field.equals(name) && value == null) {
        value = switch (t) {
          case VALUE_NUMBER_INT -> p.getLongValue();
          case VALUE_STRING -> p.getText();
          default -> throw InputErrors.invalid(path, field, "item " + row + " has " + p.getText()
              + " as its id; ids are integers or strings");
        };
      } else {
        p.skipChildren();
      }
    }
    if (value == null) {
      throw InputErrors.invalid(path, field, "item " + row + " has no field " + field);
    }
    return value;
  }

  private static SampleIds parquet(Path path, String key) {
    TableFormat format = Tables.of(path, "--ids");
    String column = key;
    if (column == null) {
      List<String> columns = format.columns(path);
      column = columns.contains("id") ? "id" : columns.contains("uid") ? "uid" : null;
      if (column == null) {
        throw InputErrors.invalid(path, null, "no id or uid column; name the id column as "
            + path + ":COLUMN (columns are " + String.join(", ", columns) + ")");
      }
    }
    TableColumn c = format.read(path, column);
    List<Object> v = c.values();
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i) == null) {
        throw InputErrors.invalid(path, column, "row " + i + " has a null id; every sample needs an id");
      }
    }
    return switch (c.type()) {
      case INT64 -> SampleIds.int64(column, v.stream().mapToLong(x -> (Long) x).toArray());
      case INT32 -> SampleIds.int64(column, v.stream().mapToLong(x -> (Integer) x).toArray());
      case STRING -> SampleIds.strings(column, v.toArray(String[]::new));
      case BINARY -> binary(path, column, v);
      default -> throw InputErrors.invalid(path, column, "column of " + c.type()
          + " cannot hold ids; use int64, string or 16-byte binary uids");
    };
  }

  private static SampleIds binary(Path path, String column, List<Object> values) {
    long[] halves = new long[2 * values.size()];
    java.nio.ByteBuffer b;
    for (int i = 0; i < values.size(); i++) {
      byte[] bytes = (byte[]) values.get(i);
      if (bytes.length != 16) {
        throw InputErrors.invalid(path, column, "row " + i + " holds " + bytes.length
            + " bytes; binary ids must be 16-byte uids");
      }
      b = java.nio.ByteBuffer.wrap(bytes);
      halves[2 * i] = b.getLong();
      halves[2 * i + 1] = b.getLong();
    }
    return SampleIds.uid128(column, halves);
  }
}
