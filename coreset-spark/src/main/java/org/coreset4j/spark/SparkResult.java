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
 * The outcome of a distributed selection: the selected samples' keys (ascending; their int64 ids,
 * or the keys of their string ids), their string ids when the input's ids are strings (ascending,
 * else null) and the manifest (options, counts, stage times).
 */
public record SparkResult(long[] ids, String[] stringIds, Manifest manifest) {
  public static final StructType SCHEMA = new StructType().add("id", DataTypes.LongType, false);
  public static final StructType STRING_SCHEMA = new StructType().add("id", DataTypes.StringType, false);

  public SparkResult {
    ids = ids.clone();
    Arrays.sort(ids);
  }

  /** The ids as a one-column Dataset ({@code id: bigint}, or {@code id: string} for string ids), ascending. */
  public Dataset<Row> toDataset(SparkSession spark, int partitions) {
    List<Row> rows = stringIds != null ? Arrays.stream(stringIds).map(RowFactory::create).toList()
        : Arrays.stream(ids).mapToObj(RowFactory::create).toList();
    return spark.createDataFrame(rows, stringIds != null ? STRING_SCHEMA : SCHEMA).repartition(partitions)
        .sortWithinPartitions("id");
  }

  public Map<String, Object> counts() {
    return manifest.counts();
  }
}
