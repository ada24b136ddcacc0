package org.coreset4j.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.coreset4j.provenance.Manifest;

/**
 * The outcome of a distributed selection: the selected ids (ascending) and the manifest (options,
 * counts, stage times).
 */
public record SparkResult(long[] ids, Manifest manifest) {
  public static final StructType SCHEMA = new StructType().add("id", DataTypes.LongType, false);

  public SparkResult {
    ids = ids.clone();
    Arrays.sort(ids);
  }

  /** The ids as a one-column ({@code id: bigint}) Dataset, ascending. */
  public Dataset<Row> toDataset(SparkSession spark, int partitions) {
    List<Row> rows = Arrays.stream(ids).mapToObj(RowFactory::create).toList();
    return spark.createDataFrame(rows, SCHEMA).repartition(partitions).sortWithinPartitions("id");
  }

  public Map<String, Object> counts() {
    return manifest.counts();
  }
}
