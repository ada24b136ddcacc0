package org.coreset4j.distill;

import java.util.SplittableRandom;
import org.coreset4j.nn.ContrastiveHeads;
import org.coreset4j.nn.Dense;

/**
 * Low-rank heads of rank r: W_I = W0_I + B_I A_I and W_T = W0_T + B_T A_T with B (dim x r) and
 * A (r x inputDim). The base W0 is frozen; it has N(0, 1 / D) entries drawn from a fixed seed, so it
 * is a function of the head shapes alone and experts and students always share it. Only the factors
 * are trained and matched; their flat vector is B_I, A_I, B_T, A_T (row-major). Experts start from
 * B = 0 and A with N(0, 1 / D) entries, so they start at W0.
 */
final class LowRank {
  private static final long BASE_SEED = 0x10AL;

  private LowRank() {}

  /** The frozen base heads W0. */
  static ContrastiveHeads base(int dim, int imageDim, int textDim, double temperature) {
    return ContrastiveHeads.random(dim, imageDim, textDim, temperature, new SplittableRandom(BASE_SEED));
  }

  /** Number of trainable values: r (2 dim + D_I + D_T). */
  static int paramCount(int dim, int imageDim, int textDim, int rank) {
    return rank * (2 * dim + imageDim + textDim);
  }

  /** B = 0, A with N(0, 1 / D) entries from {@code rng}. */
  static double[] initial(int dim, int imageDim, int textDim, int rank, SplittableRandom rng) {
    double[] theta = new double[paramCount(dim, imageDim, textDim, rank)];
    int textStart = rank * (dim + imageDim);
    for (int i = rank * dim; i < textStart; i++) {
      theta[i] = rng.nextGaussian() / Math.sqrt(imageDim);
    }
    for (int i = textStart + rank * dim; i < theta.length; i++) {
      theta[i] = rng.nextGaussian() / Math.sqrt(textDim);
    }
    return theta;
  }

  /** Writes W0 + B A of both heads into {@code heads.params}. */
  static void compose(double[] theta, ContrastiveHeads base, ContrastiveHeads heads, int rank) {
    int dim = base.dim;
    int[] cols = {base.imageDim, base.textDim};
    int from = 0;
    int to = 0;
    for (int cs : cols) {
      double[] ba = Dense.times(slice(theta, from, dim * rank), slice(theta, from + dim * rank, rank * cs), dim, rank,
          cs);
      for (int i = 0; i < ba.length; i++) {
        heads.params[to + i] = base.params[to + i] + ba[i];
      }
      from += rank * (dim + cs);
      to += dim * cs;
    }
  }

  /** The factors' gradient from the heads' gradient G_W: dB = G_W A^T, dA = B^T G_W. */
  static double[] chain(double[] gradHeads, double[] theta, int dim, int imageDim, int textDim, int rank) {
    double[] out = new double[theta.length];
    int from = 0;
    int to = 0;
    for (int cs : new int[] {imageDim, textDim}) {
      double[] g = slice(gradHeads, to, dim * cs);
      double[] b = slice(theta, from, dim * rank);
      double[] a = slice(theta, from + dim * rank, rank * cs);
      System.arraycopy(Dense.timesTransposed(g, a, dim, rank, cs), 0, out, from, dim * rank);
      System.arraycopy(Dense.transposedTimes(b, g, dim, rank, cs), 0, out, from + dim * rank, rank * cs);
      from += rank * (dim + cs);
      to += dim * cs;
    }
    return out;
  }

  static double[] slice(double[] x, int from, int length) {
    return java.util.Arrays.copyOfRange(x, from, from + length);
  }
}
