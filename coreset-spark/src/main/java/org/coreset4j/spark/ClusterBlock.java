package org.coreset4j.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coreset4j.clustering.CentroidCosine;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;

/**
 * The samples of one cluster in ascending id order (the order of the single-machine cluster
 * members), as ids and a row-major float32 block.
 */
public record ClusterBlock(int cluster, long[] ids, float[] rows, int dims) implements Serializable {
  static ClusterBlock of(int cluster, Iterable<Sample> samples) {
    List<Sample> list = new ArrayList<>();
    samples.forEach(list::add);
    list.sort(Comparator.comparingLong(Sample::id));
    int d = list.isEmpty() ? 0 : list.getFirst().x().length;
    long[] ids = new long[list.size()];
    float[] rows = new float[list.size() * d];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = list.get(i).id();
      System.arraycopy(list.get(i).x(), 0, rows, i * d, d);
    }
    return new ClusterBlock(cluster, ids, rows, d);
  }

  public int size() {
    return ids.length;
  }

  public FloatMatrix matrix() {
    return FloatMatrix.of(rows, ids.length, dims);
  }

  /** cos(x_i, c) of every row with the centroid c of this cluster among {@code centroids}, in float64. */
  public double[] centroidCosines(FloatMatrix centroids) {
    int[] own = new int[size()];
    java.util.Arrays.fill(own, cluster);
    try (Parallel one = new Parallel(1)) {
      return CentroidCosine.of(matrix(), centroids, own, one);
    }
  }

  /** The positions 0..size-1 of the block's rows, as the single-machine cluster member lists. */
  public int[] positions() {
    return java.util.stream.IntStream.range(0, ids.length).toArray();
  }

  /** The ids at {@code positions}, in that order. */
  public long[] idsAt(int[] positions) {
    long[] out = new long[positions.length];
    for (int i = 0; i < positions.length; i++) {
      out[i] = ids[positions[i]];
    }
    return out;
  }
}
