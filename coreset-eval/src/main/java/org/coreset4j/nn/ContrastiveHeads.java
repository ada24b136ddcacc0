package org.coreset4j.nn;

import java.util.SplittableRandom;

/**
 * Two linear heads a = W_I u, b = W_T v scored by S_ij = (1 / tau) cos(a_i, b_j) and the
 * symmetric contrastive loss L = (1 / 2B) sum_i [lse_j S_ij - S_ii] + (1 / 2B) sum_j [lse_i S_ij - S_jj]
 * over a batch of B pairs (see {@link ContrastiveLoss} for the gradient in the projections).
 */
public final class ContrastiveHeads {
  private static final double MIN_NORM = 1e-12;

  public final int dim;
  public final int imageDim;
  public final int textDim;
  public final double temperature;
  /** W_I (dim x imageDim) followed by W_T (dim x textDim), row-major, as one parameter vector. */
  public final double[] params;

  public ContrastiveHeads(int dim, int imageDim, int textDim, double temperature, double[] params) {
    this.dim = dim;
    this.imageDim = imageDim;
    this.textDim = textDim;
    this.temperature = temperature;
    this.params = params;
  }

  /** Heads with N(0, 1 / D) entries drawn from {@code rng}. */
  public static ContrastiveHeads random(int dim, int imageDim, int textDim, double temperature, SplittableRandom rng) {
    double[] p = new double[dim * (imageDim + textDim)];
    for (int i = 0; i < p.length; i++) {
      int fanIn = i < dim * imageDim ? imageDim : textDim;
      p[i] = rng.nextGaussian() / Math.sqrt(fanIn);
    }
    return new ContrastiveHeads(dim, imageDim, textDim, temperature, p);
  }

  /**
   * Heads trained from a random start ({@link #random}, seeded) by {@code params.steps()} Adam steps
   * over shuffled minibatches of the n standardised pairs (u: n x imageDim, v: n x textDim).
   */
  public static ContrastiveHeads train(double[] u, double[] v, int n, int imageDim, int textDim,
      ContrastiveParams params, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    ContrastiveHeads heads = random(params.dim(), imageDim, textDim, params.temperature(), rng);
    Adam adam = new Adam(heads.params.length, params.learningRate());
    double[] grad = new double[heads.params.length];
    Minibatches.run(n, params.batch(), params.steps(), rng, batch -> {
      heads.lossAndGradient(Dense.gatherRows(u, imageDim, batch), Dense.gatherRows(v, textDim, batch),
          batch.length, grad);
      adam.step(heads.params, grad);
    });
    return heads;
  }

  public double[] imageWeights() {
    return java.util.Arrays.copyOfRange(params, 0, dim * imageDim);
  }

  public double[] textWeights() {
    return java.util.Arrays.copyOfRange(params, dim * imageDim, params.length);
  }

  /** Unit-norm projections (n x dim) of n image rows u (n x imageDim). */
  public double[] embedImages(double[] u, int n) {
    return normalised(Dense.timesTransposed(u, imageWeights(), n, dim, imageDim), n);
  }

  /** Unit-norm projections (n x dim) of n text rows v (n x textDim). */
  public double[] embedTexts(double[] v, int n) {
    return normalised(Dense.timesTransposed(v, textWeights(), n, dim, textDim), n);
  }

  /** The loss on a batch of b pairs; writes dL/dparams into {@code grad} (dL/dW_I = dL/dA^T U). */
  public double lossAndGradient(double[] u, double[] v, int b, double[] grad) {
    double[] a = Dense.timesTransposed(u, imageWeights(), b, dim, imageDim);
    double[] t = Dense.timesTransposed(v, textWeights(), b, dim, textDim);
    ContrastiveLoss loss = ContrastiveLoss.at(a, t, b, dim, temperature);
    double[] gI = Dense.transposedTimes(loss.gradA(), u, b, dim, imageDim);
    double[] gT = Dense.transposedTimes(loss.gradT(), v, b, dim, textDim);
    System.arraycopy(gI, 0, grad, 0, gI.length);
    System.arraycopy(gT, 0, grad, gI.length, gT.length);
    return loss.loss();
  }

  private double[] norms(double[] x, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int c = 0; c < dim; c++) {
        s += x[i * dim + c] * x[i * dim + c];
      }
      out[i] = Math.max(Math.sqrt(s), MIN_NORM);
    }
    return out;
  }

  private double[] scaled(double[] x, double[] norm, int n) {
    double[] out = new double[x.length];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < dim; c++) {
        out[i * dim + c] = x[i * dim + c] / norm[i];
      }
    }
    return out;
  }

  private double[] normalised(double[] x, int n) {
    return scaled(x, norms(x, n), n);
  }
}
