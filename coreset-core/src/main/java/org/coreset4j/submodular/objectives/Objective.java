package org.coreset4j.submodular.objectives;

/**
 * A set function over samples [0, N) being maximised greedily, holding the current selection.
 * Optimisers ask for marginal gains and commit picks; they never see how gains are computed.
 */
public interface Objective {
  int size();

  /**
   * f(S + x) - f(S) for the current selection S and x not in S. Calls for different x may run
   * concurrently; {@link #add} never runs concurrently with anything.
   */
  double gain(int x);

  /** Adds x to the selection. */
  void add(int x);

  /**
   * Whether every gain(x) is non-increasing as S grows, exactly as computed in floating point.
   * Lazy greedy relies on it to return the naive greedy's picks.
   */
  default boolean diminishingReturns() {
    return true;
  }
}
