package org.coreset4j.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.negclip.NegClipSelector;
import org.coreset4j.util.Parallel;
import scala.Tuple2;

/**
 * negCLIPLoss over Spark with the single-machine batches. Repetition r sorts the samples by
 * {@link NegClipSelector#batchKey}(seed, r, id) (only keys and ids are sorted; the pairs' vectors,
 * partitioned by id once, join their ranks in place and then move to their batch); batch t is
 * ranks [t b, min(N, (t + 1) b)) with b = min(--batch, N), and is scored where it is grouped by the
 * core's {@link NegClipSelector#batchTerms} on its members in rank order. Each sample's K terms are
 * added in repetition order and combined with its alignment term ({@link NegClipSelector#score});
 * the driver takes the window. For ids 0..N-1 in row order the batches, hence the scores and the
 * selection, are the single-machine ones. Costs one sort of (key, id) and one grouping of the
 * pairs' vectors per repetition.
 */
public final class DistributedNegClip {
  private DistributedNegClip() {}

  /** The selected ids (ascending) of {@code k} out of the {@code n} samples. */
  public static long[] select(JavaRDD<Sample> samples, long n, SparkRequest request, int k) {
    MethodSpec method = request.method();
    List<String> pair = request.pairColumns();
    NegClipSelector core = selector(method);
    long size = Math.min(core.params().batch(), n);
    JavaPairRDD<Long, Double> alignment = samples.mapPartitionsToPair(rows -> {
      List<Tuple2<Long, Double>> out = new ArrayList<>();
      try (Parallel one = new Parallel(1)) {
        for (Iterator<SampleBlock> it = SampleBlock.chunks(rows, pair, SparkScores.BLOCK); it.hasNext(); ) {
          SampleBlock b = it.next();
          double[] v = RowIds.naming(b.ids(), () -> selector(method).alignment(b.modalities().get(pair.get(0)),
              b.modalities().get(pair.get(1)), one));
          for (int i = 0; i < v.length; i++) {
            out.add(new Tuple2<>(b.ids()[i], v[i]));
          }
        }
      }
      return out.iterator();
    });
    JavaPairRDD<Long, float[][]> pairs = samples.mapToPair(s -> new Tuple2<>(s.id(), s.modalities()))
        .partitionBy(new HashPartitioner(samples.getNumPartitions())).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaPairRDD<Long, Tuple2<Integer, Double>> terms = null;
      for (int r = 0; r < core.params().repeats(); r++) {
        JavaPairRDD<Long, Tuple2<Integer, Double>> t = terms(pairs, method, request.seed(), r, size);
        terms = terms == null ? t : terms.union(t);
      }
      JavaPairRDD<Long, Double> sums = terms.groupByKey().mapValues(v -> StreamSupport.stream(v.spliterator(), false)
          .sorted((x, y) -> Integer.compare(x._1(), y._1())).mapToDouble(Tuple2::_2)
          .reduce(0.0, Double::sum));
      JavaPairRDD<Long, Double> scores = alignment.join(sums).mapValues(t -> selector(method).score(t._1(), t._2()));
      return ScoreWindow.pick(scores, core.params().window().window(), k, n);
    } finally {
      pairs.unpersist(false);
    }
  }

  /**
   * (id, (repeat, term)) of every sample in repetition {@code repeat}. Only (key, id) is sorted for
   * the ranks; {@code pairs} ((id, the two vectors), partitioned by id) join them without moving and
   * move once, to their batch.
   */
  private static JavaPairRDD<Long, Tuple2<Integer, Double>> terms(JavaPairRDD<Long, float[][]> pairs,
      MethodSpec method, long seed, int repeat, long size) {
    JavaPairRDD<Long, Long> rank = pairs.keys()
        .mapToPair(id -> new Tuple2<>(NegClipSelector.batchKey(seed, repeat, id), id))
        .sortByKey().values().zipWithIndex();
    return rank.join(pairs, pairs.partitioner().get())
        .mapToPair(t -> new Tuple2<>(t._2()._1() / size, new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2()))))
        .groupByKey()
        .flatMapToPair(batch -> {
          List<Tuple2<Long, Tuple2<Long, float[][]>>> members = new ArrayList<>();
          batch._2().forEach(members::add);
          members.sort((x, y) -> Long.compare(x._1(), y._1()));
          FloatMatrix a = FloatMatrix.of(members.stream().map(m -> m._2()._2()[0]).toArray(float[][]::new));
          FloatMatrix b = FloatMatrix.of(members.stream().map(m -> m._2()._2()[1]).toArray(float[][]::new));
          long[] ids = members.stream().mapToLong(m -> m._2()._1()).toArray();
          double[] v;
          try (Parallel one = new Parallel(1)) {
            v = RowIds.naming(ids, () -> selector(method).batchTerms(a, b, one));
          }
          List<Tuple2<Long, Tuple2<Integer, Double>>> out = new ArrayList<>(v.length);
          for (int i = 0; i < v.length; i++) {
            out.add(new Tuple2<>(ids[i], new Tuple2<>(repeat, v[i])));
          }
          return out.iterator();
        });
  }

  private static NegClipSelector selector(MethodSpec method) {
    return (NegClipSelector) method.selector();
  }
}
