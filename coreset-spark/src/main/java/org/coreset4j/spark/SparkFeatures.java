package org.coreset4j.spark;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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

  /** The fused samples, persisted (memory, spilling to disk), with their count, and how they were read. */
  public record Fused(JavaRDD<Sample> samples, long count, int dims, JavaRDD<InternalRow> rows, ColumnReader reader) {
    public void release() {
      samples.unpersist(false);
    }

    /** The string ids of the samples with these keys (ascending), read again from the input; null for int64 ids. */
    public String[] stringIds(long[] keys) {
      if (!reader.stringId()) {
        return null;
      }
      Set<Long> wanted = new HashSet<>();
      for (long key : keys) {
        wanted.add(key);
      }
      Broadcast<Set<Long>> b =
          JavaSparkContext.fromSparkContext(rows.context()).broadcast(wanted);
      ColumnReader read = reader; // not the record, which does not serialise
      try {
        return rows.filter(r -> b.value().contains(read.key(r))).map(read::idText).collect().stream()
            .sorted().toArray(String[]::new);
      } finally {
        b.destroy();
      }
    }
  }

  public static Fused of(Dataset<Row> data, SparkRequest request, String inputName) {
    ColumnReader reader = ColumnReader.of(data.schema(), request);
    JavaRDD<InternalRow> rows = data.select(reader.selection().stream().map(functions::col).toArray(Column[]::new))
        .queryExecution().toRdd().toJavaRDD();
    InputCheck check = rows.mapPartitions(it -> List.of(InputCheck.of(it, reader)).iterator())
        .collect().stream().reduce(new InputCheck(InputCheck.tracked(reader)), InputCheck::merge);
    int[] widths = Arrays.copyOf(check.widths(reader, inputName), reader.columns().size());
    RowFusion fusion = new RowFusion(request.tokens(), request.normalize(), request.fuse(), widths,
        request.normalize() == Normalization.STANDARD ? StandardStats.of(rows, reader, widths, check.rows) : null);
    int[] pair = SideInputs.pairIndices(request);
    JavaRDD<Sample> samples = rows.map(row -> {
      float[][] v = new float[reader.columns().size()][];
      int tokens = 0;
      for (int m = 0; m < v.length; m++) {
        v[m] = reader.vector(row, m);
        tokens += reader.tokens(row, m);
      }
      float[] x = fusion.fuse(v, tokens);
      return new Sample(reader.key(row), x, pair.length == 0 ? null : new float[][] {v[pair[0]], v[pair[1]]},
          reader.score(row), reader.events(row));
    }).persist(StorageLevel.MEMORY_AND_DISK());
    List<Long> repeated = samples.mapToPair(s -> new Tuple2<>(s.id(), 1))
        .reduceByKey(Integer::sum).filter(t -> t._2() > 1).keys().takeOrdered(1);
    if (!repeated.isEmpty()) {
      samples.unpersist(false);
      throw new InvalidInputException("--id-column " + request.idColumn() + ": "
          + repeatedIds(rows, reader, repeated.getFirst()));
    }
    return new Fused(samples, check.rows, fusion.width(), rows, reader);
  }

  /** What two rows with the same key hold: one id twice, or (string ids) two ids that share the key. */
  private static String repeatedIds(JavaRDD<InternalRow> rows, ColumnReader reader, long key) {
    List<String> two = rows.filter(r -> reader.key(r) == key).map(reader::idText).take(2);
    return two.get(0).equals(two.get(1)) ? "id " + two.get(0) + " occurs more than once; ids must be unique"
        : "ids " + two.get(0) + " and " + two.get(1) + " share the 64-bit key " + key + "; rename one of them";
  }
}
