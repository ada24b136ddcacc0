package org.coreset4j.submodular.objectives;

import org.coreset4j.submodular.similarity.SimilarityGraph;

/**
 * Graph cut as in Dataset Quantization (lambda = 1): gain(x) = sum_{i in V} sim(i, x) -
 * 2 sum_{s in S} sim(s, x). Column sums are computed once and the penalty is updated along the
 * row of each pick, so a gain costs O(1). Gains shrink as S grows only when no similarity is
 * negative; with negative cosines this is not submodular and lazy greedy falls back to naive.
 */
public final class GraphCut implements Objective {
  private final SimilarityGraph sim;
  private final double[] columnSum;
  private final double[] penalty;

  public GraphCut(SimilarityGraph sim) {
    this.sim = sim;
    int n = sim.size();
    columnSum = new double[n];
    penalty = new double[n];
    for (int j = 0; j < n; j++) {
      double[] s = {0};
      sim.column(j, (i, v) -> s[0] += v);
      columnSum[j] = s[0];
    }
  }

  @Override
  public int size() {
    return sim.size();
  }

  @Override
  public double gain(int x) {
    return columnSum[x] - 2 * penalty[x];
  }

  @Override
  public void add(int s) {
    sim.row(s, (x, v) -> penalty[x] += v);
  }

  @Override
  public boolean diminishingReturns() {
    return sim.min() >= 0;
  }
}
