package org.coreset4j.distill;

import java.util.ArrayList;
import java.util.List;
import org.coreset4j.nn.ContrastiveHeads;
import org.coreset4j.nn.ContrastiveLoss;
import org.coreset4j.nn.Dense;
import org.coreset4j.util.Parallel;

/**
 * {@link TrajectoryMatch} for low-rank heads W = W0 + B A ({@link LowRank}). Per head, with the
 * low-rank projections Y = X A^T (m x r) and Z = X W0^T, the projections are P = Z + Y B^T and a
 * student step with G = dL/dP is Y' = Y - alpha K G B, B' = B - alpha G^T Y (K = X X^T), so the
 * steps run on (Y, B). A_R - A* = Delta_A - alpha C^T X with C = sum_k G_k B_k, and A's distance
 * follows from {@link HeadSide} with dim = r. J sums over both heads
 * ||A_R - A*||^2 / ||A_s - A*||^2 + ||B_R - B*||^2 / ||B_s - B*||^2.
 *
 * <p>Reverse pass per step, with adjoints Ybar, Bbar of the state after it and Cbar = dJ/dC:
 * E = Cbar - alpha K Ybar; Gbar = E B^T - alpha Y Bbar^T; Pbar = H Gbar (Hessian-vector product);
 * Ybar += Pbar B - alpha G Bbar; Bbar += G^T E + Pbar^T Y; Zbar += Pbar; Kbar -= alpha Ybar (G B)^T;
 * alphabar -= <K Ybar, G B> + <Bbar, G^T Y>; logtaubar += <Gbar, dG/dlog tau>.
 */
final class LowRankMatch {
  private LowRankMatch() {}

  static TrajectoryMatch.Result evaluate(double[] u, double[] v, int m, Student student, Heads start,
      Heads target, ContrastiveHeads base, int steps, Parallel par) {
    double alpha = student.step();
    double tau = student.temperature();
    int r = start.rank();
    int dim = start.dim();
    Side image = new Side(u, m, start.imageDim(), start.image(), target.image(), base.imageWeights(), dim, r);
    Side text = new Side(v, m, start.textDim(), start.text(), target.text(), base.textWeights(), dim, r);
    Side[] sides = {image, text};
    for (int k = 0; k < steps; k++) {
      ContrastiveLoss loss = ContrastiveLoss.at(image.projections(k), text.projections(k), m, dim, tau);
      image.forward(k, loss.gradA(), alpha);
      text.forward(k, loss.gradT(), alpha);
    }
    double value = 0;
    double alphaBar = 0;
    double logTauBar = 0;
    for (Side s : sides) {
      value += s.value(steps, alpha);
      alphaBar += s.startReverse(steps, alpha);
    }
    for (int k = steps - 1; k >= 0; k--) {
      ContrastiveLoss loss = ContrastiveLoss.at(image.projections(k), text.projections(k), m, dim, tau);
      alphaBar += image.reverseStep(k, loss.gradA(), alpha) + text.reverseStep(k, loss.gradT(), alpha);
      double[][] dTau = loss.temperatureTangent();
      logTauBar += HeadSide.dot(image.gBar, dTau[0]) + HeadSide.dot(text.gBar, dTau[1]);
      double[][] h = loss.tangent(image.gBar, text.gBar);
      image.throughProjections(k, h[0]);
      text.throughProjections(k, h[1]);
    }
    return new TrajectoryMatch.Result(value, image.rowGradient(alpha), text.rowGradient(alpha),
        alphaBar * alpha, logTauBar);
  }

  /** One head's states and adjoints. */
  private static final class Side {
    final int m;
    final int dim;
    final int r;
    final int cols;
    final double[] x;
    final double[] w0;
    final HeadSide a;
    final double[] z;
    final double[] bTarget;
    final double bDeltaSquared;
    final List<double[]> yStates;
    final List<double[]> bStates;
    final double[] sumGB;
    double[] kSum;
    double[] sumBar;
    double[] yBar;
    double[] bBar;
    double[] zBar;
    double[] gramBar;
    double[] gBar;

    Side(double[] x, int m, int cols, double[] start, double[] target, double[] w0, int dim, int r) {
      this.m = m;
      this.dim = dim;
      this.r = r;
      this.cols = cols;
      this.x = x;
      this.w0 = w0;
      int bSize = dim * r;
      this.a = new HeadSide(x, m, cols, LowRank.slice(start, bSize, r * cols), LowRank.slice(target, bSize, r * cols),
          r);
      this.z = Dense.timesTransposed(x, w0, m, dim, cols);
      this.bTarget = LowRank.slice(target, 0, bSize);
      double[] b0 = LowRank.slice(start, 0, bSize);
      double sq = 0;
      for (int i = 0; i < bSize; i++) {
        sq += (b0[i] - bTarget[i]) * (b0[i] - bTarget[i]);
      }
      this.bDeltaSquared = sq;
      this.sumGB = new double[m * r];
      this.yStates = new ArrayList<>(List.of(a.projections));
      this.bStates = new ArrayList<>(List.of(b0));
    }

    double[] projections(int k) {
      double[] p = Dense.timesTransposed(yStates.get(k), bStates.get(k), m, dim, r);
      for (int i = 0; i < p.length; i++) {
        p[i] += z[i];
      }
      return p;
    }

    void forward(int k, double[] g, double alpha) {
      double[] yk = yStates.get(k);
      double[] bk = bStates.get(k);
      double[] gb = Dense.times(g, bk, m, dim, r);
      yStates.add(minus(yk, a.gramTimes(gb), alpha));
      bStates.add(minus(bk, Dense.transposedTimes(g, yk, m, dim, r), alpha));
      add(sumGB, gb, 1);
    }

    /** The head's J after {@code steps} steps. */
    double value(int steps, double alpha) {
      kSum = a.gramTimes(sumGB);
      double[] bEnd = bStates.get(steps);
      double d = 0;
      for (int i = 0; i < bEnd.length; i++) {
        d += (bEnd[i] - bTarget[i]) * (bEnd[i] - bTarget[i]);
      }
      return a.value(sumGB, kSum, alpha) + d / bDeltaSquared;
    }

    /** The adjoints at the end of the steps; returns dJ/dalpha at fixed states. */
    double startReverse(int steps, double alpha) {
      sumBar = a.valueGradient(kSum, alpha);
      gramBar = new double[m * m];
      addOuter(gramBar, sumGB, sumGB, alpha * alpha / a.deltaSquared);
      double[] bEnd = bStates.get(steps);
      bBar = new double[bEnd.length];
      for (int i = 0; i < bEnd.length; i++) {
        bBar[i] = 2 * (bEnd[i] - bTarget[i]) / bDeltaSquared;
      }
      yBar = new double[m * r];
      zBar = new double[m * dim];
      return a.valueStepGradient(sumGB, kSum, alpha);
    }

    /** Adjoints through step k up to G's (gBar); returns its alphabar term. */
    double reverseStep(int k, double[] g, double alpha) {
      double[] yk = yStates.get(k);
      double[] bk = bStates.get(k);
      double[] gb = Dense.times(g, bk, m, dim, r);
      double[] kyBar = a.gramTimes(yBar);
      double alphaTerm = -HeadSide.dot(kyBar, gb) - HeadSide.dot(bBar, Dense.transposedTimes(g, yk, m, dim, r));
      addOuter(gramBar, yBar, gb, -alpha);
      double[] e = minus(sumBar, kyBar, alpha);
      gBar = minus(Dense.timesTransposed(e, bk, m, dim, r), Dense.timesTransposed(yk, bBar, m, dim, r),
          alpha);
      double[] nextY = minus(yBar, Dense.times(g, bBar, m, dim, r), alpha);
      add(bBar, Dense.transposedTimes(g, e, m, dim, r), 1);
      yBar = nextY;
      return alphaTerm;
    }

    /** P = Z + Y B^T: Ybar += Pbar B, Bbar += Pbar^T Y, Zbar += Pbar. */
    void throughProjections(int k, double[] pBar) {
      add(yBar, Dense.times(pBar, bStates.get(k), m, dim, r), 1);
      add(bBar, Dense.transposedTimes(pBar, yStates.get(k), m, dim, r), 1);
      add(zBar, pBar, 1);
    }

    /** dJ/dX: HeadSide's terms for Y_0, Q and K, plus Zbar W0. */
    double[] rowGradient(double alpha) {
      double[] qBar = new double[sumGB.length];
      add(qBar, sumGB, -2 * alpha / a.deltaSquared);
      double[] out = a.rowGradient(yBar, qBar, gramBar);
      add(out, Dense.times(zBar, w0, m, dim, cols), 1);
      return out;
    }

    private void addOuter(double[] into, double[] p, double[] q, double c) {
      add(into, Dense.timesTransposed(p, q, m, m, r), c);
    }
  }

  /** x - alpha y. */
  private static double[] minus(double[] x, double[] y, double alpha) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] - alpha * y[i];
    }
    return out;
  }

  private static void add(double[] into, double[] x, double c) {
    for (int i = 0; i < into.length; i++) {
      into[i] += c * x[i];
    }
  }
}
