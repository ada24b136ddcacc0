package org.coreset4j.reduction;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Principal component analysis to k dimensions: the scores (X - 1 mu^T) V_k with V_k the top k
 * principal directions, signs fixed so each direction's largest-magnitude entry is positive.
 * The solver is chosen from the shape of the N x D input:
 * <ul>
 *   <li>D at most {@link Params#exactMaxDims()}: exact, from the D x D covariance ({@link ExactPca});
 *   <li>else N at most {@link Params#gramMaxRows()} and the Gram route estimated cheaper: exact,
 *       from the N x N Gram matrix ({@link GramPca}). Work is counted in multiply-adds of a GEMM
 *       on all workers; the single-threaded LAPACK steps are weighted by what they took against
 *       such GEMMs on a 2-core machine. The Gram route costs N^2 D / 2 (the Gram matrix) plus
 *       {@value #EIGEN_WEIGHT} N^3 (its eigensolver); the randomized solver costs 2 (q + 1) N D l
 *       (its passes over X, with l = k + oversampling and q power iterations) plus
 *       {@value #QR_WEIGHT} (q + 1) (N + D) l^2 (its QR factorisations). Both end with one more
 *       pass of N D k;
 *   <li>else randomized ({@link RandomizedPca}).
 * </ul>
 */
public final class Pca implements Reducer {
  /** GEMM-equivalent work of the Gram route's eigensolver per N^3 (see the class comment). */
  static final int EIGEN_WEIGHT = 8;
  /** GEMM-equivalent work of a randomized solver's QR factorisation per rows x l^2. */
  static final int QR_WEIGHT = 32;
  /** The most rows whose float64 Gram matrix fits one Java array. */
  static final int MAX_GRAM_ROWS = 46_340;

  /**
   * Settings of the solvers: extra test vectors and power iterations of the randomized solver, the
   * widest input solved through the covariance and the tallest solved through the Gram matrix
   * (0 turns the Gram route off).
   */
  public record Params(int oversampling, int powerIterations, int exactMaxDims, int gramMaxRows) {
    public static final Params DEFAULTS = new Params(10, 2, 2048, 8192);

    public Params {
      if (oversampling < 0 || powerIterations < 0 || exactMaxDims < 0 || gramMaxRows < 0
          || gramMaxRows > MAX_GRAM_ROWS) {
        throw new IllegalArgumentException("PCA settings must be >= 0 (Gram rows at most " + MAX_GRAM_ROWS
            + "): " + oversampling + ", " + powerIterations + ", " + exactMaxDims + ", " + gramMaxRows);
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
    if (gramIsCheaper(x.rows(), x.cols())) {
      return GramPca.fit(x, components, parallel, progress);
    }
    return RandomizedPca.fit(x, components, params, seed, parallel, progress);
  }

  /** The Gram route's rule of the class comment. */
  private boolean gramIsCheaper(int n, int d) {
    double l = Math.min(components + params.oversampling(), Math.min(n, d));
    double passes = params.powerIterations() + 1.0;
    double gram = 0.5 * n * (double) n * d + EIGEN_WEIGHT * Math.pow(n, 3);
    double randomized = 2 * passes * n * (double) d * l + QR_WEIGHT * passes * ((double) n + d) * l * l;
    return n <= params.gramMaxRows() && gram <= randomized;
  }

  @Override
  public FloatMatrix reduce(FloatMatrix x, long seed, Parallel parallel, Progress progress) {
    return fit(x, seed, parallel, progress).scores();
  }

  @Override
  public String describe() {
    return "pca:" + components + " (exact up to " + params.exactMaxDims() + " input dims or through the Gram matrix"
        + " up to " + params.gramMaxRows() + " rows when cheaper, else randomized with "
        + params.oversampling() + " oversamples and " + params.powerIterations() + " power iterations)";
  }
}
