package org.coreset4j.distill;

import org.coreset4j.nn.ContrastiveLoss;
import org.coreset4j.nn.Dense;

/**
 * One bi-trajectory match and its exact gradient. The student starts from an expert's heads
 * theta*_s, takes R full-batch SGD steps with step size alpha = exp(logStep) at temperature
 * tau = exp(logTemperature) (see {@link Student}) on the m synthetic pairs (u, v), and is scored by
 * J = ||W_I,R - W*_I||^2 / ||W_I,s - W*_I||^2 + (the same for W_T),
 * with theta* = theta*_{s+E}. The steps run in projection space (see {@link HeadSide}):
 * A_{k+1} = A_k - alpha K_U G_A(A_k, T_k), T_{k+1} = T_k - alpha K_V G_T(A_k, T_k).
 *
 * <p>The gradient of J with respect to u, v and logStep is computed by a reverse pass over the R
 * steps. With adjoints Abar_{k+1}, Tbar_{k+1} of the state after step k and Cbar = dJ/dC (C = sum_k G_k):
 * Gbar_k = Cbar - alpha K Abar_{k+1}; Kbar -= alpha Abar_{k+1} G_k^T; alphabar -= <K Abar_{k+1}, G_k>;
 * Abar_k = Abar_{k+1} + H_k Gbar_k, where H_k Gbar_k is the exact Hessian-vector product of the
 * contrastive loss at step k ({@link ContrastiveLoss#tangent}). The states are kept; each step's loss
 * is rebuilt in the reverse pass, so memory is O(R m dim + m^2).
 */
final class TrajectoryMatch {
  /** J and its gradient: dJ/du (m x D_I), dJ/dv (m x D_T), dJ/dlogStep, dJ/dlogTemperature. */
  record Result(double value, double[] gradImage, double[] gradText, double gradLogStep,
      double gradLogTemperature) {}

  private TrajectoryMatch() {}

  static Result evaluate(double[] u, double[] v, int m, Student student, Heads start, Heads target, int steps) {
    double alpha = student.step();
    double tau = student.temperature();
    int dim = start.dim();
    HeadSide image = new HeadSide(u, m, start.imageDim(), start.image(), target.image(), dim);
    HeadSide text = new HeadSide(v, m, start.textDim(), start.text(), target.text(), dim);
    double[][] a = new double[steps + 1][];
    double[][] t = new double[steps + 1][];
    a[0] = image.projections;
    t[0] = text.projections;
    double[] sumA = new double[m * dim];
    double[] sumT = new double[m * dim];
    for (int k = 0; k < steps; k++) {
      ContrastiveLoss loss = ContrastiveLoss.at(a[k], t[k], m, dim, tau);
      a[k + 1] = step(a[k], image.gramTimes(loss.gradA()), alpha);
      t[k + 1] = step(t[k], text.gramTimes(loss.gradT()), alpha);
      accumulate(sumA, loss.gradA());
      accumulate(sumT, loss.gradT());
    }
    double[] kSumA = image.gramTimes(sumA);
    double[] kSumT = text.gramTimes(sumT);
    double value = image.value(sumA, kSumA, alpha) + text.value(sumT, kSumT, alpha);

    double alphaBar = image.valueStepGradient(sumA, kSumA, alpha) + text.valueStepGradient(sumT, kSumT, alpha);
    double[] sumABar = image.valueGradient(kSumA, alpha);
    double[] sumTBar = text.valueGradient(kSumT, alpha);
    // dJ/dK from the value: alpha^2 C C^T / ||Delta||^2 (only the symmetric part matters)
    double[] gramABar = new double[m * m];
    double[] gramTBar = new double[m * m];
    addOuter(gramABar, sumA, sumA, m, dim, alpha * alpha / image.deltaSquared);
    addOuter(gramTBar, sumT, sumT, m, dim, alpha * alpha / text.deltaSquared);
    double[] aBar = new double[m * dim];
    double[] tBar = new double[m * dim];
    double logTauBar = 0;
    for (int k = steps - 1; k >= 0; k--) {
      ContrastiveLoss loss = ContrastiveLoss.at(a[k], t[k], m, dim, tau);
      double[] kaBar = image.gramTimes(aBar);
      double[] ktBar = text.gramTimes(tBar);
      alphaBar -= HeadSide.dot(kaBar, loss.gradA()) + HeadSide.dot(ktBar, loss.gradT());
      addOuter(gramABar, aBar, loss.gradA(), m, dim, -alpha);
      addOuter(gramTBar, tBar, loss.gradT(), m, dim, -alpha);
      double[] gABar = step(sumABar, kaBar, alpha);
      double[] gTBar = step(sumTBar, ktBar, alpha);
      double[][] dTau = loss.temperatureTangent();
      logTauBar += HeadSide.dot(gABar, dTau[0]) + HeadSide.dot(gTBar, dTau[1]);
      double[][] h = loss.tangent(gABar, gTBar);
      accumulate(aBar, h[0]);
      accumulate(tBar, h[1]);
    }
    double[] targetABar = scaledCopy(sumA, -2 * alpha / image.deltaSquared);
    double[] targetTBar = scaledCopy(sumT, -2 * alpha / text.deltaSquared);
    double[] gradU = image.rowGradient(aBar, targetABar, gramABar);
    double[] gradV = text.rowGradient(tBar, targetTBar, gramTBar);
    return new Result(value, gradU, gradV, alphaBar * alpha, logTauBar);
  }

  /** x - alpha y. */
  private static double[] step(double[] x, double[] y, double alpha) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] - alpha * y[i];
    }
    return out;
  }

  private static void accumulate(double[] into, double[] x) {
    for (int i = 0; i < into.length; i++) {
      into[i] += x[i];
    }
  }

  private static double[] scaledCopy(double[] x, double c) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = c * x[i];
    }
    return out;
  }

  /** into (m x m) += c x y^T for x, y of m rows of dim values. */
  private static void addOuter(double[] into, double[] x, double[] y, int m, int dim, double c) {
    double[] xy = Dense.timesTransposed(x, y, m, m, dim);
    for (int i = 0; i < into.length; i++) {
      into[i] += c * xy[i];
    }
  }
}
