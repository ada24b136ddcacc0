package org.coreset4j.evaluation;

import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Lapack;
import org.coreset4j.util.Parallel;

/**
 * Ridge regression in sample space: the Gram matrix G = X X^T of all N rows is computed once
 * (OpenBLAS dgemm over fixed row blocks), and a fit on rows F uses its blocks. Removing the fit
 * rows' mean m from every row gives the centred kernel k(i, j) = (x_i - m).(x_j - m) =
 * G_ij - g_i - g_j + g, with g_i = mean_{s in F} G_is and g = mean_{s, t in F} G_st; then
 * alpha = (K(F, F) + lambda I)^-1 (Y_F - mean Y_F) (LAPACK dposv) and the predictions are
 * K(P, F) alpha + mean Y_F. By the push-through identity X^T (X X^T + lambda I)^-1 = (X^T X + lambda I)^-1 X^T
 * these equal the normal equations' predictions.
 */
final class KernelRidge implements RowRidge {
  private static final int BLOCK = 256;

  private final double[] gram;
  private final double[] y;
  private final int n;
  private final int k;

  KernelRidge(double[] x, double[] y, int n, int d, int k, Parallel par) {
    this.y = y;
    this.n = n;
    this.k = k;
    this.gram = new double[n * n];
    par.forChunks(n, BLOCK, (chunk, from, to) -> {
      double[] block = new double[(to - from) * n];
      Blas.dgemm(false, true, to - from, n, d, 1, java.util.Arrays.copyOfRange(x, from * d, to * d), x, 0, block);
      System.arraycopy(block, 0, gram, from * n, block.length);
    });
  }

  @Override
  public double[][] predictions(int[] fit, int[] predict, double[] lambdas) {
    int f = fit.length;
    double[] gFit = rowMeans(fit, fit);
    double[] gPredict = rowMeans(predict, fit);
    double grand = 0;
    for (double v : gFit) {
      grand += v / f;
    }
    double[] kff = centred(fit, fit, gFit, gFit, grand);
    double[] kpf = centred(predict, fit, gPredict, gFit, grand);
    double[] yMean = new double[k];
    for (int s : fit) {
      for (int j = 0; j < k; j++) {
        yMean[j] += y[s * k + j] / f;
      }
    }
    double[][] out = new double[lambdas.length][];
    for (int l = 0; l < lambdas.length; l++) {
      double[] a = kff.clone();
      for (int i = 0; i < f; i++) {
        a[i * f + i] += lambdas[l];
      }
      double[] alpha = new double[f * k];
      for (int i = 0; i < f; i++) {
        for (int j = 0; j < k; j++) {
          alpha[i * k + j] = y[fit[i] * k + j] - yMean[j];
        }
      }
      if (!Lapack.solvePositiveDefinite(a, f, alpha, k)) {
        continue;
      }
      double[] pred = new double[predict.length * k];
      Blas.dgemm(false, false, predict.length, k, f, 1, kpf, alpha, 0, pred);
      for (int i = 0; i < predict.length; i++) {
        for (int j = 0; j < k; j++) {
          pred[i * k + j] += yMean[j];
        }
      }
      out[l] = pred;
    }
    return out;
  }

  /** For each row r of {@code rows}, the mean of G[r, s] over s in {@code over}. */
  private double[] rowMeans(int[] rows, int[] over) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      double s = 0;
      int base = rows[i] * n;
      for (int t : over) {
        s += gram[base + t];
      }
      out[i] = s / over.length;
    }
    return out;
  }

  /** The centred kernel block K(rows, cols), rows.length x cols.length. */
  private double[] centred(int[] rows, int[] cols, double[] gRows, double[] gCols, double grand) {
    double[] out = new double[rows.length * cols.length];
    for (int i = 0; i < rows.length; i++) {
      int base = rows[i] * n;
      for (int j = 0; j < cols.length; j++) {
        out[i * cols.length + j] = gram[base + cols[j]] - gRows[i] - gCols[j] + grand;
      }
    }
    return out;
  }
}
