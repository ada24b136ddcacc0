package org.coreset4j.submodular.objectives;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.submodular.similarity.PairSimilarity;

/**
 * Log-determinant: f(S) = log det(K_S) with K = sim + ridge * I, so gain(x) = log det(K_{S+x}) -
 * log det(K_S) = log of the Schur complement d2(x) = K_xx - k_Sx^T K_S^-1 k_Sx. (DeepCore's gain
 * maximises the redundancy term instead; that is a defect.) The ridge keeps K positive definite
 * when rows repeat or N exceeds the rank. Only the cosine kinds are allowed, whose diagonal is
 * exactly 1.
 *
 * <p>Incremental Cholesky (as in fast greedy MAP inference for DPPs): with picks j_1..j_t and their
 * Cholesky rows c_j, each candidate keeps its row c_x and d2(x); pick j_t updates it by e =
 * (K(j_t, x) - c_{j_t} . c_x) / sqrt(d2(j_t)), c_x += [e], d2(x) -= e^2: O(|S| + D) per candidate
 * and pick. A candidate catches up on all picks it missed when its gain is asked for, in the same
 * order, so lazy and naive greedy compute identical gains. Kernel values come from the features
 * on the fly: no N x N matrix. Memory: up to k doubles per candidate that was ever evaluated.
 */
public final class LogDeterminant implements Objective {
  private final PairSimilarity sim;
  private final double ridge;
  private final PairSimilarity.Row[] pickRows;
  private final double[] pickScale;
  private final double[][] chol;
  private final double[] schur;
  private final int[] seen;
  private int picks;

  public LogDeterminant(PairSimilarity sim, double ridge, int budget) {
    this.sim = sim;
    this.ridge = ridge;
    int n = sim.size();
    pickRows = new PairSimilarity.Row[budget];
    pickScale = new double[budget];
    chol = new double[n][];
    schur = new double[n];
    seen = new int[n];
  }

  @Override
  public int size() {
    return sim.size();
  }

  @Override
  public double gain(int x) {
    catchUp(x);
    return schur[x] > 0 ? Math.log(schur[x]) : Double.NEGATIVE_INFINITY;
  }

  @Override
  public void add(int x) {
    catchUp(x);
    if (!(schur[x] > 0)) {
      throw new InvalidInputException("--method logdet: the kernel is singular after " + picks
          + " picks (Schur complement " + schur[x] + "); raise --ridge or use --similarity cosine|cosine2|corr2");
    }
    pickRows[picks] = sim.row(x);
    pickScale[picks] = Math.sqrt(schur[x]);
    picks++;
  }

  /** Brings candidate x's Cholesky row and Schur complement up to date with all picks. */
  private void catchUp(int x) {
    double[] c = chol[x];
    if (c == null) {
      c = chol[x] = new double[pickRows.length];
      schur[x] = 1 + ridge;
    }
    for (int t = seen[x]; t < picks; t++) {
      double[] cj = chol[pickRows[t].index()];
      double dot = 0;
      for (int u = 0; u < t; u++) {
        dot += cj[u] * c[u];
      }
      double e = (pickRows[t].with(x) - dot) / pickScale[t];
      c[t] = e;
      schur[x] -= e * e;
    }
    seen[x] = picks;
  }
}
