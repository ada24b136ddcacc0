package org.coreset4j.clustering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;

/**
 * A k-means clustering: K x D float32 centroids (unit rows for spherical k-means), the cluster of
 * every row (consistent with the final centroids), the final objective and per-pass statistics.
 */
public record KMeansResult(FloatMatrix centroids, int[] assignment, double objective,
    List<KMeansIteration> iterations) {
  public KMeansResult {
    iterations = List.copyOf(iterations);
  }

  public int clusters() {
    return centroids.rows();
  }

  /** The rows of every cluster. */
  public ClusterMembers members() {
    return ClusterMembers.of(assignment, clusters());
  }

  /** The diagnostics every clustering-based selector writes: {@code cluster} and {@code centroids}. */
  public static Map<String, NdArray> diagnostics(int[] assignment, FloatMatrix centroids) {
    Map<String, NdArray> d = new LinkedHashMap<>();
    d.put("cluster", NdArray.of(assignment.clone()));
    d.put("centroids", NdArray.of(centroids));
    return d;
  }
}
