package org.coreset4j.selection.dq;

import org.coreset4j.data.FloatMatrix;

/**
 * The DQ bin objective of one kernel, kept as running sums so no N x N matrix is needed:
 * gain(x) = lambda * sum_{p in P} sim(p, x) - 2 * sum_{s in S} sim(s, x)
 * with P the pool at the start of the bin and S the part of the bin chosen so far. Both kernels
 * are linear in x after expansion. Each kernel also gives a float32 view of the pool (rows
 * transformed so that sim is a function of one inner product) with rigorous error bounds, which
 * {@link GreedyBinning} uses to avoid float64 work on samples that cannot win.
 */
interface GainModel {
  /**
   * Starts a bin over the pool (ascending ids); S becomes empty. Returns the pool's transformed
   * rows, allocated in {@code arena}.
   */
  FloatMatrix startBin(int[] pool, int size, java.lang.foreign.Arena arena);

  /** Prepares {@link #gainError} for the current running sums. */
  void beginRefresh();

  /** A rigorous bound of the rounding error of {@link #gain} since {@link #beginRefresh}. */
  double gainError(int id);

  /** The change of gain(x) when s joins S, from the float32 inner product of their transformed rows. */
  double approximateChange(int x, int s, float innerProduct);

  /** A rigorous bound of the error of {@link #approximateChange}. */
  double changeError(int x, int s);

  /** gain(x) from the running sums, in float64 (thread-safe between calls to {@link #add}). */
  double gain(int x);

  /** s joins S. */
  void add(int s);
}
