package org.coreset4j.reduction;

import org.coreset4j.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Principal component analysis to k dimensions: the scores (X - 1 mu^T) V_k with V_k the top k
 * principal directions, signs fixed so each direction's largest-magnitude entry is positive.
 * Exact (covariance eigendecomposition) up to {@link Params#exactMaxDims()} input dimensions,
 * randomized above (see {@link RandomizedPca}).
 */
public final class Pca implements Reducer {
  /**
   * Settings of the randomized solver: extra test vectors, power iterations, and the widest input
   * solved exactly.
   */
  public record Params(int oversampling, int powerIterations, int exactMaxDims) {
    public static final Params DEFAULTS = new Params(10, 2, 2048);

    public Params {
      if (oversampling < 0 || powerIterations < 0 || exactMaxDims < 0) {
        throw new IllegalArgumentException("PCA settings must be >= 0: " + oversampling + ", "
            + powerIterations + ", " + exactMaxDims);
      }
    }
  }

  private final int components;
  private final Params params;

  public Pca(int components, Params params) {
    if (components < 1) {
      throw new InvalidInputException("--reduce pca:" + components + " needs at least 1 dimension");
    }
    this.components = components;
    this.params = params;
  }

  public Pca(int components) {
    this(components, Params.DEFAULTS);
  }

  public int components() {
    return components;
  }

  /** Fits the components and returns the scores with the variance they explain. */
  public PcaResult fit(FloatMatrix x, long seed, Parallel parallel, Progress progress) {
    Reducers.requireDimensions("pca:" + components, components, x);
    if (components > x.rows()) {
      throw new InvalidInputException("--reduce pca:" + components + " asks for more components than the "
          + x.rows() + " input rows");
    }
    if (x.cols() <= params.exactMaxDims()) {
      return ExactPca.fit(x, components, parallel, progress);
    }
    return RandomizedPca.fit(x, components, params, seed, parallel, progress);
  }

  @Override
  public FloatMatrix reduce(FloatMatrix x, long seed, Parallel parallel, Progress progress) {
    return fit(x, seed, parallel, progress).scores();
  }

  @Override
  public String describe() {
    return "pca:" + components + " (exact up to " + params.exactMaxDims() + " input dims, else randomized with "
        + params.oversampling() + " oversamples and " + params.powerIterations() + " power iterations)";
  }
}
