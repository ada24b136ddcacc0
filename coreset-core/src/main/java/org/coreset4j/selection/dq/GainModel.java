package org.coreset4j.selection.dq;

import org.coreset4j.data.FloatMatrix;

/**
 * The DQ bin objective of one kernel, kept as running sums so no N x N matrix is needed:
 * gain(x) = lambda * sum_{p in P} sim(p, x) - 2 * sum_{s in S} sim(s, x)
 * with P the pool at the start of the bin and S the part of the bin chosen so far. Both kernels
 * are linear in x after expansion, so a pick s changes gain(x) by
 * {@code rowTerm(x) + pickTerm(s) + productScale() * (x~ . s~)}, x~ and s~ the transformed rows.
 * The float32 inner products of transformed rows come with rigorous error bounds, which
 * {@link GreedyBinning} uses to avoid float64 work on samples that cannot win.
 */
interface GainModel {
  /**
   * Starts a bin over the pool (ascending ids); S becomes empty. Writes the pool's transformed
   * rows into the first {@code size} rows of {@code out}.
   */
  void startBin(int[] pool, int size, FloatMatrix out);

  /** Prepares {@link #gainError} for the current running sums. */
  void beginRefresh();

  /** A rigorous bound of the rounding error of {@link #gain} since {@link #beginRefresh}. */
  double gainError(int x);

  /** The part of the change of gain(x) that depends on x alone. */
  double rowTerm(int x);

  /** The part of the change of every gain that depends on the pick s alone. */
  double pickTerm(int s);

  /** The factor of the inner product of transformed rows in the change. */
  double productScale();

  /**
   * A rigorous bound, valid for every x of the pool, of the error of the change computed from the
   * float32 inner product of transformed rows.
   */
  double changeError(int s);

  /** A bound of |change| when s joins S, valid for every x of the pool. */
  double changeMagnitude(int s);

  /** gain(x) from the running sums, in float64 (thread-safe between calls to {@link #add}). */
  double gain(int x);

  /** s joins S. */
  void add(int s);
}
