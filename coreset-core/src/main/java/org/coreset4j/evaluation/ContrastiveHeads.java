package org.coreset4j.evaluation;

import java.util.SplittableRandom;
import org.coreset4j.util.Parallel;

/**
 * Two linear heads a = W_I u, b = W_T v scored by S_ij = (1 / tau) cos(a_i, b_j) and the
 * symmetric contrastive loss L = (1 / 2B) sum_i [lse_j S_ij - S_ii] + (1 / 2B) sum_j [lse_i S_ij - S_jj]
 * over a batch of B pairs. Gradient in closed form: with P the row softmax and Q the column
 * softmax of S, dL/dS = (P + Q - 2 I) / 2B; dL/da^_i = (1 / tau) sum_j dS_ij b^_j,
 * dL/db^_j = (1 / tau) sum_i dS_ij a^_i, dL/da = (I - a^ a^T) dL/da^ / |a|, dL/dW_I = dL/dA^T U.
 */
final class ContrastiveHeads {
  private static final double MIN_NORM = 1e-12;

  final int dim;
  final int imageDim;
  final int textDim;
  final double temperature;
  /** W_I (dim x imageDim) followed by W_T (dim x textDim), row-major, as one parameter vector. */
  final double[] params;

  ContrastiveHeads(int dim, int imageDim, int textDim, double temperature, double[] params) {
    this.dim = dim;
    this.imageDim = imageDim;
    this.textDim = textDim;
    this.temperature = temperature;
    this.params = params;
  }

  /** Heads with N(0, 1 / D) entries drawn from {@code rng}. */
  static ContrastiveHeads random(int dim, int imageDim, int textDim, double temperature, SplittableRandom rng) {
    double[] p = new double[dim * (imageDim + textDim)];
    for (int i = 0; i < p.length; i++) {
      int fanIn = i < dim * imageDim ? imageDim : textDim;
      p[i] = rng.nextGaussian() / Math.sqrt(fanIn);
    }
    return new ContrastiveHeads(dim, imageDim, textDim, temperature, p);
  }

  double[] imageWeights() {
    return java.util.Arrays.copyOfRange(params, 0, dim * imageDim);
  }

  double[] textWeights() {
    return java.util.Arrays.copyOfRange(params, dim * imageDim, params.length);
  }

  /** Unit-norm projections (n x dim) of n image rows u (n x imageDim). */
  double[] embedImages(double[] u, int n, Parallel par) {
    return normalised(Dense.timesTransposed(u, imageWeights(), n, dim, imageDim, par), n);
  }

  /** Unit-norm projections (n x dim) of n text rows v (n x textDim). */
  double[] embedTexts(double[] v, int n, Parallel par) {
    return normalised(Dense.timesTransposed(v, textWeights(), n, dim, textDim, par), n);
  }

  /** The loss on a batch of b pairs; writes dL/dparams into {@code grad}. */
  double lossAndGradient(double[] u, double[] v, int b, double[] grad, Parallel par) {
    double[] a = Dense.timesTransposed(u, imageWeights(), b, dim, imageDim, par);
    double[] t = Dense.timesTransposed(v, textWeights(), b, dim, textDim, par);
    double[] aNorm = norms(a, b);
    double[] tNorm = norms(t, b);
    double[] ah = scaled(a, aNorm, b);
    double[] th = scaled(t, tNorm, b);
    double[] s = Dense.timesTransposed(ah, th, b, b, dim, par);
    for (int i = 0; i < s.length; i++) {
      s[i] /= temperature;
    }
    double[] ds = new double[b * b];
    double loss = softmaxTerms(s, b, ds);
    double[] dAh = Dense.times(ds, th, b, b, dim, par);
    double[] dTh = Dense.transposedTimes(ds, ah, b, b, dim, par);
    double[] dA = throughNormalisation(dAh, ah, aNorm, b);
    double[] dT = throughNormalisation(dTh, th, tNorm, b);
    double[] gI = Dense.transposedTimes(dA, u, b, dim, imageDim, par);
    double[] gT = Dense.transposedTimes(dT, v, b, dim, textDim, par);
    System.arraycopy(gI, 0, grad, 0, gI.length);
    System.arraycopy(gT, 0, grad, gI.length, gT.length);
    return loss;
  }

  /** The loss of logits s (b x b); writes dL/dS scaled by 1 / tau into ds. */
  private double softmaxTerms(double[] s, int b, double[] ds) {
    double loss = 0;
    double w = 0.5 / b;
    for (int i = 0; i < b; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < b; j++) {
        max = Math.max(max, s[i * b + j]);
      }
      double z = 0;
      for (int j = 0; j < b; j++) {
        z += Math.exp(s[i * b + j] - max);
      }
      loss += w * (max + Math.log(z) - s[i * b + i]);
      for (int j = 0; j < b; j++) {
        ds[i * b + j] += w * (Math.exp(s[i * b + j] - max) / z - (i == j ? 1 : 0));
      }
    }
    for (int j = 0; j < b; j++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < b; i++) {
        max = Math.max(max, s[i * b + j]);
      }
      double z = 0;
      for (int i = 0; i < b; i++) {
        z += Math.exp(s[i * b + j] - max);
      }
      loss += w * (max + Math.log(z) - s[j * b + j]);
      for (int i = 0; i < b; i++) {
        ds[i * b + j] += w * (Math.exp(s[i * b + j] - max) / z - (i == j ? 1 : 0));
      }
    }
    for (int i = 0; i < ds.length; i++) {
      ds[i] /= temperature;
    }
    return loss;
  }

  /** dL/dx_i = (g_i - x^_i (x^_i . g_i)) / |x_i| for rows x_i = |x_i| x^_i. */
  private double[] throughNormalisation(double[] g, double[] unit, double[] norm, int n) {
    double[] out = new double[g.length];
    for (int i = 0; i < n; i++) {
      double proj = 0;
      for (int c = 0; c < dim; c++) {
        proj += unit[i * dim + c] * g[i * dim + c];
      }
      for (int c = 0; c < dim; c++) {
        out[i * dim + c] = (g[i * dim + c] - unit[i * dim + c] * proj) / norm[i];
      }
    }
    return out;
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
