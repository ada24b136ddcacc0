package org.coreset4j.neighbors;

/**
 * The k nearest neighbours of every row: {@code index[i * k + j]} is the j-th nearest neighbour of
 * row i (self excluded) and {@code distance[i * k + j]} its squared Euclidean distance, ascending,
 * ties to the lower index.
 */
public record KnnGraph(int rows, int k, int[] index, float[] distance) {
  public int neighbor(int i, int j) {
    return index[i * k + j];
  }

  public float distance(int i, int j) {
    return distance[i * k + j];
  }
}
