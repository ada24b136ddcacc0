package org.coreset4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Similarity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkKMeansTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkFixture.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** 250 rows around 6 centres in 12 dims, then rows 0..49 again under new ids (duplicates). */
  private static List<Sample> samples() {
    SplittableRandom r = new SplittableRandom(3);
    int d = 12;
    float[][] centres = new float[6][d];
    for (float[] c : centres) {
      for (int j = 0; j < d; j++) {
        c[j] = (float) r.nextGaussian();
      }
    }
    List<Sample> out = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      float[] x = new float[d];
      float[] c = centres[r.nextInt(centres.length)];
      for (int j = 0; j < d; j++) {
        x[j] = c[j] + 0.6f * (float) r.nextGaussian();
      }
      out.add(new Sample(1000 + 7L * i, x));
    }
    for (int i = 0; i < 50; i++) {
      out.add(new Sample(5000 + i, out.get(i).x().clone()));
    }
    return out;
  }

  private static JavaRDD<Sample> rdd(List<Sample> rows, int partitions) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, partitions).cache();
  }

  private static KMeansParams params(int k) {
    return new KMeansParams(k, 30, Similarity.COSINE, KMeansParams.Init.RANDOM, 0, 11);
  }

  @Test
  void boundedPassesGiveThePlainCentroids() {
    for (int partitions : new int[] {1, 3}) {
      for (int k : new int[] {20, 45}) {
        JavaRDD<Sample> rows = rdd(samples(), partitions);
        SparkKMeans.Result plain = SparkKMeans.fit(rows, 300, 12, params(k), false);
        SparkKMeans.Result bounded = SparkKMeans.fit(rows, 300, 12, params(k), true);
        assertThat(bounded.iterations()).isEqualTo(plain.iterations()).isGreaterThan(2);
        assertThat(bounded.centroids().toArray()).isEqualTo(plain.centroids().toArray());
        assertThat(plain.skipped()).containsOnly(0.0);
        assertThat(bounded.skipped()[0]).isZero();
        assertThat(bounded.skipped()[bounded.skipped().length - 1]).isGreaterThan(0.5);
        rows.unpersist();
      }
    }
  }

  @Test
  void assignmentIsTheFloat64ArgmaxWithTiesToTheLowerCentroid() {
    List<Sample> rows = samples();
    JavaRDD<Sample> rdd = rdd(rows, 3);
    FloatMatrix fitted = SparkKMeans.fit(rdd, 300, 12, params(20)).centroids();
    float[] c = fitted.toArray();
    System.arraycopy(c, 3 * 12, c, 7 * 12, 12); // centroid 7 is centroid 3 again: its rows go to 3
    FloatMatrix centroids = FloatMatrix.of(c, 20, 12);
    Map<Long, Integer> got = ClusterBlocks.assignment(rdd, centroids).collectAsMap();
    for (Sample s : rows) {
      int best = -1;
      double top = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < 20; j++) {
        double dot = 0;
        for (int col = 0; col < 12; col++) {
          dot += (double) s.x()[col] * c[j * 12 + col];
        }
        if (dot > top) {
          top = dot;
          best = j;
        }
      }
      assertThat(got.get(s.id())).as("sample %d", s.id()).isEqualTo(best).isNotEqualTo(7);
    }
    rdd.unpersist();
  }
}
