package org.coreset4j.submodular.similarity;

import org.coreset4j.kernels.Similarity;
import java.util.Arrays;
import org.coreset4j.neighbors.ExactKnn;
import org.coreset4j.neighbors.KnnGraph;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * A sparse similarity: row i stores sim(i, j) for j = i and its k nearest neighbours (exact
 * search, {@link ExactKnn}), everything else is 0. Kept in compressed rows and, transposed, in
 * compressed columns: O(N k) memory instead of N^2. For euclidean the constant is max d2 over the
 * stored pairs (as apricot does with a neighbour graph).
 */
public final class KnnSimilarity implements SimilarityGraph {
  private static final int CHUNK = 1024;

  private final int n;
  private final int width;
  private final int[] rowIndex;
  private final double[] rowValue;
  private final int[] colStart;
  private final int[] colIndex;
  private final double[] colValue;
  private final double min;

  private KnnSimilarity(int n, int width, int[] rowIndex, double[] rowValue) {
    this.n = n;
    this.width = width;
    this.rowIndex = rowIndex;
    this.rowValue = rowValue;
    colStart = new int[n + 1];
    for (int j : rowIndex) {
      colStart[j + 1]++;
    }
    for (int j = 0; j < n; j++) {
      colStart[j + 1] += colStart[j];
    }
    colIndex = new int[rowIndex.length];
    colValue = new double[rowIndex.length];
    int[] fill = Arrays.copyOf(colStart, n);
    for (int i = 0; i < n; i++) {
      for (int e = i * width; e < (i + 1) * width; e++) {
        int p = fill[rowIndex[e]]++;
        colIndex[p] = i;
        colValue[p] = rowValue[e];
      }
    }
    min = Arrays.stream(rowValue).min().orElse(0);
  }

  public static KnnSimilarity of(PairSimilarity sim, int neighbours, Parallel parallel, Progress progress) {
    int n = sim.size();
    KnnGraph g = ExactKnn.build(sim.neighbourSpace(parallel), neighbours, parallel, progress);
    int width = neighbours + 1;
    int[] index = new int[n * width];
    double[] value = new double[n * width];
    parallel.forChunks(n, CHUNK, (c, from, to) -> {
      for (int i = from; i < to; i++) {
        int base = i * width;
        index[base] = i;
        System.arraycopy(g.index(), i * neighbours, index, base + 1, neighbours);
        Arrays.sort(index, base, base + width);
        PairSimilarity.Row row = sim.row(i);
        for (int e = base; e < base + width; e++) {
          value[e] = row.with(index[e]);
        }
      }
    });
    if (sim.kind() == Similarity.EUCLIDEAN) {
      double maxD2 = 0;
      for (double s : value) {
        maxD2 = Math.max(maxD2, -s);
      }
      for (int e = 0; e < value.length; e++) {
        value[e] += maxD2;
      }
    }
    return new KnnSimilarity(n, width, index, value);
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public void row(int i, EntryVisitor visitor) {
    for (int e = i * width; e < (i + 1) * width; e++) {
      visitor.visit(rowIndex[e], rowValue[e]);
    }
  }

  @Override
  public void column(int j, EntryVisitor visitor) {
    for (int p = colStart[j]; p < colStart[j + 1]; p++) {
      visitor.visit(colIndex[p], colValue[p]);
    }
  }

  @Override
  public double min() {
    return min;
  }
}
