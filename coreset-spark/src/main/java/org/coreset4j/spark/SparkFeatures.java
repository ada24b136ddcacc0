package org.coreset4j.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.fusion.Normalization;
import org.coreset4j.util.InvalidInputException;
import scala.Tuple2;

/**
 * Turns a {@code Dataset<Row>} with an id column and one vector column per modality into the
 * validated, fused and cached samples every distributed method works on. The whole input is
 * checked first (one pass; nothing is computed from a bad input): missing or mistyped columns,
 * nulls, NaN or infinite values, vectors of unequal length and repeated ids each end the job with
 * one message naming the column and a row id. Samples keep the normalised vectors of the
 * {@code --pair} columns (as {@code coreset select} passes each modality alone) when the method
 * compares modalities.
 */
public final class SparkFeatures {
  private SparkFeatures() {}

  /** The fused samples, persisted (memory, spilling to disk), with their count. */
  public record Fused(JavaRDD<Sample> samples, long count, int dims) {
    public void release() {
      samples.unpersist(false);
    }
  }

  public static Fused of(Dataset<Row> data, SparkRequest request, String inputName) {
    ColumnReader reader = ColumnReader.of(data.schema(), request.idColumn(), request.columns());
    List<Column> cols = new ArrayList<>();
    cols.add(functions.col(request.idColumn()));
    request.columns().forEach(c -> cols.add(functions.col(c)));
    JavaRDD<InternalRow> rows = data.select(cols.toArray(Column[]::new)).queryExecution().toRdd().toJavaRDD();
    InputCheck check = rows.mapPartitions(it -> List.of(InputCheck.of(it, reader)).iterator())
        .collect().stream().reduce(new InputCheck(reader.columns().size()), InputCheck::merge);
    int[] widths = check.widths(reader, inputName);
    RowFusion fusion = new RowFusion(request.normalize(), request.fuse(), widths,
        request.normalize() == Normalization.STANDARD ? StandardStats.of(rows, reader, widths, check.rows) : null);
    int[] pair = SideInputs.pairIndices(request);
    JavaRDD<Sample> samples = rows.map(row -> {
      float[][] v = new float[reader.columns().size()][];
      for (int m = 0; m < v.length; m++) {
        v[m] = reader.vector(row, m);
      }
      float[] x = fusion.fuse(v);
      return new Sample(reader.id(row), x, pair.length == 0 ? null : new float[][] {v[pair[0]], v[pair[1]]});
    }).persist(StorageLevel.MEMORY_AND_DISK());
    List<Long> repeated = samples.mapToPair(s -> new Tuple2<>(s.id(), 1))
        .reduceByKey(Integer::sum).filter(t -> t._2() > 1).keys().takeOrdered(1);
    if (!repeated.isEmpty()) {
      samples.unpersist(false);
      throw new InvalidInputException("--id-column " + request.idColumn() + ": id " + repeated.getFirst()
          + " occurs more than once; ids must be unique");
    }
    return new Fused(samples, check.rows, fusion.width());
  }
}
