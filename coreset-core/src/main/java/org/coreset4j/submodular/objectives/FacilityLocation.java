package org.coreset4j.submodular.objectives;

import org.coreset4j.submodular.similarity.SimilarityGraph;

/**
 * Facility location: f(S) = sum_i max(0, max_{j in S} sim(i, j)). With cover_i the current inner
 * maximum (0 for the empty set), gain(x) = sum over stored sim(i, x) of max(0, sim(i, x) - cover_i).
 * Covers only grow, and each term and the fixed-order sum are monotone in them, so computed gains
 * never increase.
 */
public final class FacilityLocation implements Objective {
  private final SimilarityGraph sim;
  private final double[] cover;

  public FacilityLocation(SimilarityGraph sim) {
    this.sim = sim;
    this.cover = new double[sim.size()];
  }

  @Override
  public int size() {
    return sim.size();
  }

  @Override
  public double gain(int x) {
    double[] g = {0};
    sim.column(x, (i, s) -> {
      if (s > cover[i]) {
        g[0] += s - cover[i];
      }
    });
    return g[0];
  }

  @Override
  public void add(int x) {
    sim.column(x, (i, s) -> cover[i] = Math.max(cover[i], s));
  }
}
