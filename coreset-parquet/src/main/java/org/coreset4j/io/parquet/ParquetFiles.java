package org.coreset4j.io.parquet;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.coreset4j.io.InputErrors;
import org.coreset4j.io.MappedFile;
import org.coreset4j.util.InvalidInputException;

/**
 * Opens a {@code .parquet} file for reading and turns every failure to read it into a one-line
 * input error naming the file and the key.
 */
final class ParquetFiles {
  /** What is read from an open file. */
  @FunctionalInterface
  interface Reading<T> {
    T read(ParquetFileReader reader) throws IOException;
  }

  private ParquetFiles() {}

  /** Opens {@code path} (only its footer is read so far), applies {@code reading} and closes it. */
  static <T> T read(Path path, String key, Reading<T> reading) {
    MappedFile.checkReadable(path, key);
    QuietLogging.apply();
    // A plain configuration: a Hadoop one would load and parse Hadoop's XML defaults first.
    ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(path), options)) {
      return reading.read(reader);
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw InputErrors.invalid(path, key, "cannot read as parquet (" + e.getMessage() + ")", e);
    }
  }
}
