package org.coreset4j.io.parquet;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.coreset4j.io.DType;
import org.coreset4j.io.InputErrors;
import org.coreset4j.io.MappedFile;
import org.coreset4j.io.SegmentTensor;
import org.coreset4j.io.Tensor;

/**
 * A column of float or double lists from a {@code .parquet} file, one list per row, every list of
 * the same length D, read as an (N, D) array. Parquet cannot be mapped, so the column is decoded
 * once into an off-heap float32 buffer; the heap holds only a row group's pages at a time.
 */
final class ParquetTensor extends SegmentTensor {
  private ParquetTensor(Path path, String key, DType dtype, long[] shape, MemorySegment data,
      long fileSize, Arena arena) {
    super(path, key, dtype, DType.F32, shape, data, fileSize, arena);
  }

  /** Decodes column {@code key}, or the only column when {@code key} is null. */
  static Tensor open(Path path, String key) {
    return MappedFile.withArena(arena -> ParquetFiles.read(path, key, reader -> {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      String name = select(schema, path, key);
      MessageType projection = new MessageType(schema.getName(), schema.getType(name));
      ParquetListDecoder decoder =
          new ParquetListDecoder(projection, path, name, reader.getRecordCount(), arena);
      reader.setRequestedSchema(projection);
      String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
      GroupRecordConverter converter = new GroupRecordConverter(projection);
      for (PageReadStore pages; (pages = reader.readNextRowGroup()) != null; ) {
        ColumnReader values = new ColumnReadStoreImpl(pages, converter.getRootConverter(),
            projection, createdBy).getColumnReader(decoder.column());
        decoder.decode(values);
      }
      MemorySegment data = decoder.finish();
      return new ParquetTensor(path, name, decoder.dtype(), decoder.shape(), data,
          Files.size(path), arena);
    }));
  }

  private static String select(MessageType schema, Path path, String key) {
    List<String> names = schema.getFields().stream().map(Type::getName).toList();
    if (key == null) {
      if (names.size() != 1) {
        throw InputErrors.invalid(path, null, "holds " + names.size() + " columns " + names
            + "; choose the embedding column with PATH:COLUMN");
      }
      return names.getFirst();
    }
    if (!names.contains(key)) {
      throw InputErrors.invalid(path, key, "no column named '" + key + "'; available: " + names);
    }
    return key;
  }
}
