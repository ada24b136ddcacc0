package org.coreset4j.reduction;

import java.util.SplittableRandom;
import org.coreset4j.kernels.Lapack;

/**
 * UMAP's initial layout: the eigenvectors of the normalised Laplacian I - D^(-1/2) W D^(-1/2) for
 * the smallest eigenvalues after the first, i.e. of M = D^(-1/2) W D^(-1/2) for the largest. Small
 * graphs use a dense LAPACK eigendecomposition, larger ones subspace iteration on (M + I) / 2
 * (whose spectrum lies in [0, 1]) with a final Rayleigh-Ritz step. Each coordinate is then mapped
 * affinely onto [-10, 10] and a little seeded noise separates points that coincide.
 */
final class SpectralInit {
  private static final int SUBSPACE_ITERATIONS = 200;
  private static final int EXTRA_VECTORS = 4;
  private static final double RANGE = 10;
  private static final double NOISE = 1e-4;

  private SpectralInit() {}

  /** An n x dim row-major layout. */
  static double[] layout(FuzzyGraph g, int dim, int denseMaxRows, SplittableRandom rng) {
    int n = g.rows();
    double[] invSqrtDegree = new double[n];
    for (int i = 0; i < n; i++) {
      double deg = 0;
      for (int s = g.start()[i]; s < g.start()[i + 1]; s++) deg += g.weight()[s];
      invSqrtDegree[i] = deg > 0 ? 1 / Math.sqrt(deg) : 0;
    }
    double[] y = n <= denseMaxRows ? dense(g, dim, invSqrtDegree) : subspace(g, dim, invSqrtDegree, rng);
    scale(y, n, dim, rng);
    return y;
  }

  private static double[] dense(FuzzyGraph g, int dim, double[] s) {
    int n = g.rows();
    double[] m = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int e = g.start()[i]; e < g.start()[i + 1]; e++) {
        int j = g.tail()[e];
        m[i * n + j] = s[i] * g.weight()[e] * s[j];
      }
    }
    Lapack.symmetricEigen(m, n);
    double[] y = new double[n * dim];
    for (int c = 0; c < dim; c++) {
      int vec = n - 2 - c;
      for (int i = 0; i < n; i++) {
        y[i * dim + c] = m[vec * n + i];
      }
    }
    return y;
  }

  private static double[] subspace(FuzzyGraph g, int dim, double[] s, SplittableRandom rng) {
    int n = g.rows();
    int b = Math.min(n, dim + 1 + EXTRA_VECTORS);
    double[][] v = new double[b][n];
    for (double[] col : v) {
      for (int i = 0; i < n; i++) col[i] = rng.nextGaussian();
    }
    orthonormalize(v);
    for (int it = 0; it < SUBSPACE_ITERATIONS; it++) {
      for (int c = 0; c < b; c++) {
        double[] mv = multiply(g, s, v[c]);
        for (int i = 0; i < n; i++) v[c][i] = 0.5 * (mv[i] + v[c][i]);
      }
      orthonormalize(v);
    }
    // Rayleigh-Ritz: eigenvectors of the b x b projection V^T M V rotate V onto Ritz vectors.
    double[][] mv = new double[b][];
    for (int c = 0; c < b; c++) mv[c] = multiply(g, s, v[c]);
    double[] h = new double[b * b];
    for (int p = 0; p < b; p++) {
      for (int q = 0; q < b; q++) {
        double dot = 0;
        for (int i = 0; i < n; i++) dot += v[p][i] * mv[q][i];
        h[p * b + q] = dot;
      }
    }
    for (int p = 0; p < b; p++) {
      for (int q = p + 1; q < b; q++) {
        double avg = 0.5 * (h[p * b + q] + h[q * b + p]);
        h[p * b + q] = avg;
        h[q * b + p] = avg;
      }
    }
    Lapack.symmetricEigen(h, b);
    double[] y = new double[n * dim];
    for (int c = 0; c < dim; c++) {
      int ritz = b - 2 - c;
      for (int p = 0; p < b; p++) {
        double coef = h[ritz * b + p];
        for (int i = 0; i < n; i++) y[i * dim + c] += coef * v[p][i];
      }
    }
    return y;
  }

  /** D^(-1/2) W D^(-1/2) x. */
  private static double[] multiply(FuzzyGraph g, double[] s, double[] x) {
    int n = g.rows();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double acc = 0;
      for (int e = g.start()[i]; e < g.start()[i + 1]; e++) {
        int j = g.tail()[e];
        acc += g.weight()[e] * s[j] * x[j];
      }
      out[i] = s[i] * acc;
    }
    return out;
  }

  /** Modified Gram-Schmidt, twice for stability; a vector that vanishes is left at zero. */
  private static void orthonormalize(double[][] v) {
    for (int pass = 0; pass < 2; pass++) {
      for (int c = 0; c < v.length; c++) {
        for (int p = 0; p < c; p++) {
          double dot = 0;
          for (int i = 0; i < v[c].length; i++) dot += v[c][i] * v[p][i];
          for (int i = 0; i < v[c].length; i++) v[c][i] -= dot * v[p][i];
        }
        double norm = 0;
        for (double e : v[c]) norm += e * e;
        norm = Math.sqrt(norm);
        for (int i = 0; i < v[c].length; i++) v[c][i] = norm > 0 ? v[c][i] / norm : 0;
      }
    }
  }

  /** Maps each coordinate onto [-RANGE, RANGE] and adds N(0, NOISE^2). */
  private static void scale(double[] y, int n, int dim, SplittableRandom rng) {
    for (int c = 0; c < dim; c++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        lo = Math.min(lo, y[i * dim + c]);
        hi = Math.max(hi, y[i * dim + c]);
      }
      double span = hi - lo;
      for (int i = 0; i < n; i++) {
        double unit = span > 0 ? (y[i * dim + c] - lo) / span : 0.5;
        y[i * dim + c] = 2 * RANGE * unit - RANGE;
      }
    }
    for (int i = 0; i < y.length; i++) {
      y[i] += NOISE * rng.nextGaussian();
    }
  }
}
