package org.coreset4j.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A memory-mapped tensor of a {@code .safetensors} file: an 8-byte little-endian header length, a
 * JSON header mapping names to dtype, shape and data offsets, then the data.
 */
final class SafetensorsTensor extends SegmentTensor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String METADATA = "__metadata__";

  private SafetensorsTensor(Path path, String key, DType dtype, long[] shape, MemorySegment data,
      long fileSize, Arena arena) {
    super(path, key, dtype, dtype, shape, data, fileSize, arena);
  }

  /** Opens tensor {@code key}, or the only tensor when {@code key} is null. */
  static Tensor open(Path path, String key) {
    return MappedFile.withArena(arena -> {
      MemorySegment file = MappedFile.map(path, key, arena);
      JsonNode header = header(file, path, key);
      long dataStart = Long.BYTES + file.get(Elements.I64, 0);
      String name = select(header, path, key);
      JsonNode info = header.get(name);
      DType dtype = dtype(info.path("dtype").asText(), path, name);
      long[] shape = longs(info.path("shape"), path, name, "shape");
      long[] offsets = longs(info.path("data_offsets"), path, name, "data_offsets");
      if (offsets.length != 2 || offsets[1] < offsets[0]) {
        throw InputErrors.invalid(path, name, "bad safetensors header: data_offsets must be [begin, end]");
      }
      long expected = SegmentTensor.elementCount(shape) * dtype.bytes();
      if (offsets[1] - offsets[0] != expected) {
        throw InputErrors.invalid(path, name, "bad safetensors header: shape "
            + Tensors.shapeString(shape) + " of " + dtype + " needs " + expected
            + " bytes but data_offsets span " + (offsets[1] - offsets[0]));
      }
      if (dataStart + offsets[1] > file.byteSize()) {
        throw InputErrors.invalid(path, name, "file is truncated: the tensor ends at byte "
            + (dataStart + offsets[1]) + " of a " + file.byteSize() + "-byte file");
      }
      MemorySegment data = file.asSlice(dataStart + offsets[0], expected);
      return new SafetensorsTensor(path, name, dtype, shape, data, file.byteSize(), arena);
    });
  }

  private static JsonNode header(MemorySegment file, Path path, String key) {
    if (file.byteSize() < Long.BYTES) {
      throw InputErrors.invalid(path, key, "file is truncated: no safetensors header");
    }
    long length = file.get(Elements.I64, 0);
    if (length < 2 || length > file.byteSize() - Long.BYTES) {
      throw InputErrors.invalid(path, key, "file is truncated or not safetensors (header length "
          + length + " in a " + file.byteSize() + "-byte file)");
    }
    try {
      JsonNode node = JSON.readTree(file.asSlice(Long.BYTES, length).toArray(ValueLayout.JAVA_BYTE));
      if (node == null || !node.isObject()) {
        throw InputErrors.invalid(path, key, "bad safetensors header: not a JSON object");
      }
      return node;
    } catch (JacksonException e) {
      throw InputErrors.invalid(path, key, "bad safetensors header: invalid JSON ("
          + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse the header of " + path, e);
    }
  }

  private static String select(JsonNode header, Path path, String key) {
    List<String> names = new ArrayList<>();
    header.fieldNames().forEachRemaining(n -> {
      if (!n.equals(METADATA)) {
        names.add(n);
      }
    });
    if (key == null) {
      if (names.size() != 1) {
        throw InputErrors.invalid(path, null, "holds " + names.size() + " tensors " + names
            + "; choose one with PATH:KEY");
      }
      return names.getFirst();
    }
    if (!names.contains(key)) {
      throw InputErrors.invalid(path, key, "no tensor named '" + key + "'; available: " + names);
    }
    return key;
  }

  private static DType dtype(String name, Path path, String key) {
    return switch (name) {
      case "F16" -> DType.F16;
      case "BF16" -> DType.BF16;
      case "F32" -> DType.F32;
      case "F64" -> DType.F64;
      case "I8" -> DType.I8;
      case "U8" -> DType.U8;
      case "I32" -> DType.I32;
      case "I64" -> DType.I64;
      case "BOOL" -> DType.BOOL;
      default -> throw InputErrors.invalid(path, key, "unsupported dtype '" + name
          + "'; use F16, BF16, F32 or F64");
    };
  }

  private static long[] longs(JsonNode node, Path path, String key, String field) {
    if (!node.isArray()) {
      throw InputErrors.invalid(path, key, "bad safetensors header: no '" + field + "' list");
    }
    long[] values = new long[node.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = node.get(i);
      if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
        throw InputErrors.invalid(path, key, "bad safetensors header: '" + field
            + "' holds " + v + ", not a size");
      }
      values[i] = v.asLong();
    }
    return values;
  }
}
