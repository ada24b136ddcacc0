package org.coreset4j.io.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;

/** Writes test {@code .parquet} files with parquet-hadoop's example writer, as other tools would. */
final class ExampleFiles {
  private ExampleFiles() {}

  /** Writes {@code rows} records filled by {@code fill(i, record)}, in row groups of about that size. */
  static Path write(Path path, MessageType schema, int rows, int rowGroupBytes,
      BiConsumer<Integer, Group> fill) throws IOException {
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(path))
        .withConf(new PlainParquetConfiguration())
        .withType(schema).withRowGroupSize((long) rowGroupBytes).withPageSize(1024).build()) {
      for (int i = 0; i < rows; i++) {
        Group g = groups.newGroup();
        fill.accept(i, g);
        w.write(g);
      }
    }
    return path;
  }
}
