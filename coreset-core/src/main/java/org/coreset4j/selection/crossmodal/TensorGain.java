package org.coreset4j.selection.crossmodal;

/**
 * A greedy gain of the tensor kernel as {@link TensorGreedy} reads it: a float64 formula of the
 * step, q(x) and P(x), not increasing in P.
 */
public interface TensorGain {
  /** The float64 gain of sample {@code id} at step {@code step} (0-based) given q and P. */
  double of(int id, int step, double q, double p);

  /** An upper bound of |d gain / d q| at {@code step}. */
  double qWeight(int step);

  /** An upper bound of |d gain / d P|. */
  double pWeight();

  /** Herding's 2 ((t + 1) q - P) - self(x), with self(x) = k(x, x) by id. */
  record Herding(double[] self) implements TensorGain {
    @Override
    public double of(int id, int step, double q, double p) {
      return 2 * ((step + 1) * q - p) - self[id];
    }

    @Override
    public double qWeight(int step) {
      return 2.0 * (step + 1);
    }

    @Override
    public double pWeight() {
      return 2;
    }
  }

  /** A DQ bin's lambda q - 2 P. */
  record Bin(double lambda) implements TensorGain {
    @Override
    public double of(int id, int step, double q, double p) {
      return lambda * q - 2 * p;
    }

    @Override
    public double qWeight(int step) {
      return Math.abs(lambda);
    }

    @Override
    public double pWeight() {
      return 2;
    }
  }
}
