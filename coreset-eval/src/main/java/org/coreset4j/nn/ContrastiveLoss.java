package org.coreset4j.nn;


/**
 * The symmetric contrastive loss of n paired projections a_i, t_i (n x dim each) with logits
 * S_ij = (1 / tau) cos(a_i, t_j): L = (1 / 2n) sum_i [lse_j S_ij - S_ii] + (1 / 2n) sum_j [lse_i S_ij - S_jj],
 * its gradient and the exact directional derivative of that gradient (a Hessian-vector product).
 *
 * <p>Gradient: with P the row softmax and Q the column softmax of S, G = dL/dS = (P + Q - 2 I) / 2n;
 * dL/da^ = (1 / tau) G t^, dL/dt^ = (1 / tau) G^T a^, dL/da_i = (I - a^_i a^_i^T) dL/da^_i / |a_i|.
 *
 * <p>Tangent in direction (da, dt), by forward-mode differentiation of those formulas:
 * da^_i = (I - a^_i a^_i^T) da_i / |a_i|; dS = (1 / tau) (da^ t^T + a^ dt^T);
 * dP_ij = P_ij (dS_ij - sum_k P_ik dS_ik), dQ_ij = Q_ij (dS_ij - sum_k Q_kj dS_kj); dG = (dP + dQ) / 2n;
 * with g^ = dL/da^ and c_i = a^_i . g^_i: d(dL/da_i) = (dg^_i - da^_i c_i - a^_i dc_i) / |a_i|
 * - (dL/da_i)(a^_i . da_i) / |a_i|. The same holds for t with G transposed.
 *
 * <p>Tangent in the log temperature: dS / dlog tau = -S, and the 1 / tau in front of G gives
 * d(G / tau) = -G / tau + (dP + dQ) / (2 n tau) at dS = -S; dL/da^ and dL/dt^ follow with a^, t^ fixed,
 * and dL/da through the (linear) normalisation.
 */
public final class ContrastiveLoss {
  private static final double MIN_NORM = 1e-12;

  private final int n;
  private final int dim;
  private final double temperature;
  private final double[] aUnit;
  private final double[] tUnit;
  private final double[] aNorm;
  private final double[] tNorm;
  private final double[] rowSoftmax;
  private final double[] colSoftmax;
  /** dL/dS scaled by 1 / tau. */
  private final double[] logitGrad;
  private final double[] aUnitGrad;
  private final double[] tUnitGrad;
  private final double loss;
  private final double[] gradA;
  private final double[] gradT;

  private ContrastiveLoss(double[] a, double[] t, int n, int dim, double temperature) {
    this.n = n;
    this.dim = dim;
    this.temperature = temperature;
    aNorm = norms(a);
    tNorm = norms(t);
    aUnit = scaled(a, aNorm);
    tUnit = scaled(t, tNorm);
    double[] s = Dense.timesTransposed(aUnit, tUnit, n, n, dim);
    for (int i = 0; i < s.length; i++) {
      s[i] /= temperature;
    }
    rowSoftmax = new double[n * n];
    colSoftmax = new double[n * n];
    loss = softmaxes(s);
    logitGrad = new double[n * n];
    double w = 0.5 / n / temperature;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int ij = i * n + j;
        logitGrad[ij] = w * (rowSoftmax[ij] + colSoftmax[ij] - (i == j ? 2 : 0));
      }
    }
    aUnitGrad = Dense.times(logitGrad, tUnit, n, n, dim);
    tUnitGrad = Dense.transposedTimes(logitGrad, aUnit, n, n, dim);
    gradA = throughNormalisation(aUnitGrad, aUnit, aNorm);
    gradT = throughNormalisation(tUnitGrad, tUnit, tNorm);
  }

  /** The loss of projections a, t (n x dim each, row-major) at temperature tau. */
  public static ContrastiveLoss at(double[] a, double[] t, int n, int dim, double temperature) {
    return new ContrastiveLoss(a, t, n, dim, temperature);
  }

  public double loss() {
    return loss;
  }

  /** dL/da (n x dim); the array is shared, do not modify. */
  public double[] gradA() {
    return gradA;
  }

  /** dL/dt (n x dim); the array is shared, do not modify. */
  public double[] gradT() {
    return gradT;
  }

  /**
   * The derivative of (dL/da, dL/dt) in direction (da, dt): the Hessian of L times (da, dt), returned
   * as {d(dL/da), d(dL/dt)}. The Hessian is symmetric, so this is also the vector-Jacobian product of
   * the gradient with (da, dt).
   */
  public double[][] tangent(double[] da, double[] dt) {
    double[] daUnit = throughNormalisation(da, aUnit, aNorm);
    double[] dtUnit = throughNormalisation(dt, tUnit, tNorm);
    double[] ds = Dense.timesTransposed(daUnit, tUnit, n, n, dim);
    double[] ds2 = Dense.timesTransposed(aUnit, dtUnit, n, n, dim);
    for (int i = 0; i < ds.length; i++) {
      ds[i] = (ds[i] + ds2[i]) / temperature;
    }
    double[] dG = softmaxTangent(ds);
    double[] dgA = Dense.times(dG, tUnit, n, n, dim);
    add(dgA, Dense.times(logitGrad, dtUnit, n, n, dim));
    double[] dgT = Dense.transposedTimes(dG, aUnit, n, n, dim);
    add(dgT, Dense.transposedTimes(logitGrad, daUnit, n, n, dim));
    return new double[][] {
        normalisationTangent(dgA, da, daUnit, aUnit, aNorm, aUnitGrad, gradA),
        normalisationTangent(dgT, dt, dtUnit, tUnit, tNorm, tUnitGrad, gradT)};
  }

  /** The derivative of (dL/da, dL/dt) in the log temperature, as {d(dL/da), d(dL/dt)}. */
  public double[][] temperatureTangent() {
    double[] ds = Dense.timesTransposed(aUnit, tUnit, n, n, dim);
    for (int i = 0; i < ds.length; i++) {
      ds[i] /= -temperature;
    }
    double[] dG = softmaxTangent(ds);
    for (int i = 0; i < dG.length; i++) {
      dG[i] -= logitGrad[i];
    }
    return new double[][] {
        throughNormalisation(Dense.times(dG, tUnit, n, n, dim), aUnit, aNorm),
        throughNormalisation(Dense.transposedTimes(dG, aUnit, n, n, dim), tUnit, tNorm)};
  }

  /** Fills the row and column softmaxes of s; returns the loss. */
  private double softmaxes(double[] s) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += softmax(s, i * n, 1, rowSoftmax) - s[i * n + i];
    }
    for (int j = 0; j < n; j++) {
      total += softmax(s, j, n, colSoftmax) - s[j * n + j];
    }
    return total * 0.5 / n;
  }

  /** Softmax of the n values s[from + k * stride] into out; returns their log-sum-exp. */
  private double softmax(double[] s, int from, int stride, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      max = Math.max(max, s[from + k * stride]);
    }
    double z = 0;
    for (int k = 0; k < n; k++) {
      z += Math.exp(s[from + k * stride] - max);
    }
    for (int k = 0; k < n; k++) {
      out[from + k * stride] = Math.exp(s[from + k * stride] - max) / z;
    }
    return max + Math.log(z);
  }

  /** d(dL/dS) / tau for a logit tangent ds: (dP + dQ) / (2 n tau). */
  private double[] softmaxTangent(double[] ds) {
    double[] out = new double[n * n];
    double w = 0.5 / n / temperature;
    for (int i = 0; i < n; i++) {
      double mean = 0;
      for (int j = 0; j < n; j++) {
        mean += rowSoftmax[i * n + j] * ds[i * n + j];
      }
      for (int j = 0; j < n; j++) {
        out[i * n + j] = w * rowSoftmax[i * n + j] * (ds[i * n + j] - mean);
      }
    }
    for (int j = 0; j < n; j++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += colSoftmax[i * n + j] * ds[i * n + j];
      }
      for (int i = 0; i < n; i++) {
        out[i * n + j] += w * colSoftmax[i * n + j] * (ds[i * n + j] - mean);
      }
    }
    return out;
  }

  /** (g_i - x^_i (x^_i . g_i)) / |x_i|: through x^ = x / |x|, for gradients and tangents alike. */
  private double[] throughNormalisation(double[] g, double[] unit, double[] norm) {
    double[] out = new double[g.length];
    for (int i = 0; i < n; i++) {
      double proj = dot(unit, g, i);
      for (int c = 0; c < dim; c++) {
        out[i * dim + c] = (g[i * dim + c] - unit[i * dim + c] * proj) / norm[i];
      }
    }
    return out;
  }

  /** The tangent of dL/dx from the tangent dg of dL/dx^ (see the class comment). */
  private double[] normalisationTangent(double[] dg, double[] dx, double[] dUnit, double[] unit, double[] norm,
      double[] unitGrad, double[] grad) {
    double[] out = new double[dg.length];
    for (int i = 0; i < n; i++) {
      double c = dot(unit, unitGrad, i);
      double dc = dot(dUnit, unitGrad, i) + dot(unit, dg, i);
      double dNorm = dot(unit, dx, i);
      for (int k = 0; k < dim; k++) {
        int ik = i * dim + k;
        out[ik] = (dg[ik] - dUnit[ik] * c - unit[ik] * dc - grad[ik] * dNorm) / norm[i];
      }
    }
    return out;
  }

  private double dot(double[] x, double[] y, int row) {
    double s = 0;
    for (int c = 0; c < dim; c++) {
      s += x[row * dim + c] * y[row * dim + c];
    }
    return s;
  }

  private static void add(double[] into, double[] x) {
    for (int i = 0; i < into.length; i++) {
      into[i] += x[i];
    }
  }

  private double[] norms(double[] x) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = Math.max(Math.sqrt(dot(x, x, i)), MIN_NORM);
    }
    return out;
  }

  private double[] scaled(double[] x, double[] norm) {
    double[] out = new double[x.length];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < dim; c++) {
        out[i * dim + c] = x[i * dim + c] / norm[i];
      }
    }
    return out;
  }
}
