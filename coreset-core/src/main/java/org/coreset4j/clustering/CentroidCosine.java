package org.coreset4j.clustering;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/** The cosine similarity of every row to the centroid of its own cluster, in float64. */
public final class CentroidCosine {
  private CentroidCosine() {}

  public static double[] of(FloatMatrix x, FloatMatrix centroids, int[] assignment, Parallel parallel) {
    double[] centroidNorms = new double[centroids.rows()];
    for (int j = 0; j < centroids.rows(); j++) {
      centroidNorms[j] = Math.sqrt(Vectors.sumSquaresF64(centroids, j));
    }
    double[] cos = new double[x.rows()];
    parallel.forChunks(x.rows(), 4096, (chunk, from, to) -> {
      double[] c = new double[x.cols()];
      int loaded = -1;
      for (int i = from; i < to; i++) {
        int j = assignment[i];
        if (j != loaded) {
          for (int col = 0; col < c.length; col++) {
            c[col] = centroids.get(j, col);
          }
          loaded = j;
        }
        double norm = Math.sqrt(Vectors.sumSquaresF64(x, i));
        if (norm == 0) {
          throw new InvalidInputException("feature row " + i + " is zero: cosine similarity is undefined for it");
        }
        cos[i] = centroidNorms[j] == 0 ? 0.0 : Vectors.dotF64(x, i, c) / (norm * centroidNorms[j]);
      }
    });
    return cos;
  }
}
