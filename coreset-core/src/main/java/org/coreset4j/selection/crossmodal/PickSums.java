package org.coreset4j.selection.crossmodal;

/**
 * The exact pick term P_t(x) = sum_{j < t} k(s_j, x) of chosen samples x, summed in pick order in
 * float64 from two dot products per pick, the same code for every sample (so equal rows get equal
 * sums); each sample's sum is cached and extended as picks are added.
 */
final class PickSums {
  private final TensorKernel kernel;
  private final double[][] us;
  private final double[][] vs;
  private int count;
  private final double[] sum;
  private final int[] upTo;

  /** For samples at {@code positions} positions and up to {@code capacity} picks. */
  PickSums(TensorKernel kernel, int positions, int capacity) {
    this.kernel = kernel;
    this.us = new double[capacity][];
    this.vs = new double[capacity][];
    this.sum = new double[positions];
    this.upTo = new int[positions];
  }

  void add(int id) {
    us[count] = kernel.u().row(id);
    vs[count] = kernel.v().row(id);
    count++;
  }

  /** P over the first {@code picks} picks of the sample {@code id} at position {@code pos}. */
  double sum(int pos, int id, int picks) {
    double s = sum[pos];
    for (int j = upTo[pos]; j < picks; j++) {
      s += kernel.u().dot(id, us[j]) * kernel.v().dot(id, vs[j]);
    }
    sum[pos] = s;
    upTo[pos] = Math.max(upTo[pos], picks);
    return s;
  }
}
