package org.coreset4j.submodular.similarity;

import org.coreset4j.kernels.Similarity;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;

/**
 * All N x N similarities in float64, exactly symmetric (each pair computed once). For small N;
 * larger sets use {@link KnnSimilarity}.
 */
public final class DenseSimilarity implements SimilarityGraph {
  /** The largest N held densely: 16384^2 doubles are 2 GiB. */
  public static final int MAX_ROWS = 16_384;
  private static final int CHUNK = 64;

  private final int n;
  private final double[] values;
  private final double min;

  private DenseSimilarity(int n, double[] values) {
    this.n = n;
    this.values = values;
    double m = Double.POSITIVE_INFINITY;
    for (double v : values) {
      m = Math.min(m, v);
    }
    this.min = m;
  }

  public static DenseSimilarity of(PairSimilarity sim, Parallel parallel) {
    int n = sim.size();
    if (n > MAX_ROWS) {
      throw new InvalidInputException("a dense similarity of N = " + n + " rows needs " + (8L * n * n >> 20)
          + " MiB; use --neighbors K for a sparse k-nearest-neighbour similarity (dense allows N <= " + MAX_ROWS + ")");
    }
    double[] v = new double[n * n];
    parallel.forChunks(n, CHUNK, (c, from, to) -> {
      for (int i = from; i < to; i++) {
        PairSimilarity.Row row = sim.row(i);
        for (int j = i; j < n; j++) {
          double s = row.with(j);
          v[i * n + j] = s;
          v[j * n + i] = s;
        }
      }
    });
    if (sim.kind() == Similarity.EUCLIDEAN) {
      double maxD2 = 0;
      for (double s : v) {
        maxD2 = Math.max(maxD2, -s);
      }
      for (int i = 0; i < v.length; i++) {
        v[i] += maxD2;
      }
    }
    return new DenseSimilarity(n, v);
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public void row(int i, EntryVisitor visitor) {
    int base = i * n;
    for (int j = 0; j < n; j++) {
      visitor.visit(j, values[base + j]);
    }
  }

  @Override
  public void column(int j, EntryVisitor visitor) {
    row(j, visitor);
  }

  @Override
  public double min() {
    return min;
  }
}
