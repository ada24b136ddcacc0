package org.coreset4j.reduction;

import java.util.SplittableRandom;
import org.coreset4j.util.Progress;

/**
 * UMAP's layout optimisation (McInnes et al. 2018, section 4): stochastic gradient descent on the
 * fuzzy cross-entropy with edge sampling and negative sampling. Edge e of weight w_e is sampled
 * every w_max / w_e epochs; each sample pulls both ends together with the attractive gradient
 * -2ab d^(2(b-1)) / (1 + a d^(2b)) (y_i - y_j) and pushes the head away from negativeSamples
 * uniformly drawn points with the repulsive gradient 2b / ((0.001 + d^2)(1 + a d^(2b))) (y_i - y_k).
 * Gradient components are clipped to [-4, 4]; the learning rate decays linearly to 0. It runs on
 * one thread with a seeded generator, so the layout depends only on the seed.
 */
final class UmapLayout {
  private static final double CLIP = 4;
  private static final double REPULSION_EPSILON = 0.001;

  private UmapLayout() {}

  static void optimize(double[] y, int dim, FuzzyGraph g, CurveFit curve, int epochs, int negativeSamples,
      double learningRate, SplittableRandom rng, Progress progress) {
    int n = g.rows();
    int edges = g.tail().length;
    int[] head = new int[edges];
    double wMax = 0;
    for (int i = 0; i < n; i++) {
      for (int e = g.start()[i]; e < g.start()[i + 1]; e++) {
        head[e] = i;
        wMax = Math.max(wMax, g.weight()[e]);
      }
    }
    double[] every = new double[edges];
    double[] nextSample = new double[edges];
    double[] everyNegative = new double[edges];
    double[] nextNegative = new double[edges];
    for (int e = 0; e < edges; e++) {
      every[e] = g.weight()[e] > 0 ? wMax / g.weight()[e] : Double.POSITIVE_INFINITY;
      nextSample[e] = every[e];
      everyNegative[e] = every[e] / negativeSamples;
      nextNegative[e] = everyNegative[e];
    }
    double a = curve.a();
    double b = curve.b();
    double[] grad = new double[dim];
    progress.start("UMAP layout", epochs);
    for (int epoch = 0; epoch < epochs; epoch++) {
      double t = epoch + 1;
      double alpha = learningRate * (1.0 - (double) epoch / epochs);
      for (int e = 0; e < edges; e++) {
        if (nextSample[e] > t) {
          continue;
        }
        int i = head[e];
        int j = g.tail()[e];
        double d2 = squaredDistance(y, i, j, dim);
        if (d2 > 0) {
          double coef = -2 * a * b * Math.pow(d2, b - 1) / (1 + a * Math.pow(d2, b));
          for (int c = 0; c < dim; c++) {
            grad[c] = clip(coef * (y[i * dim + c] - y[j * dim + c]));
          }
          for (int c = 0; c < dim; c++) {
            y[i * dim + c] += alpha * grad[c];
            y[j * dim + c] -= alpha * grad[c];
          }
        }
        nextSample[e] += every[e];
        int negatives = negativeSamples == 0 ? 0 : Math.max(0, (int) Math.floor((t - nextNegative[e]) / everyNegative[e]) + 1);
        for (int s = 0; s < negatives; s++) {
          int k = rng.nextInt(n);
          if (k == i) {
            continue;
          }
          double dk = squaredDistance(y, i, k, dim);
          if (dk > 0) {
            double coef = 2 * b / ((REPULSION_EPSILON + dk) * (1 + a * Math.pow(dk, b)));
            for (int c = 0; c < dim; c++) {
              y[i * dim + c] += alpha * clip(coef * (y[i * dim + c] - y[k * dim + c]));
            }
          }
        }
        nextNegative[e] += negatives * everyNegative[e];
      }
      progress.advance(1);
    }
    progress.finish();
  }

  private static double squaredDistance(double[] y, int i, int j, int dim) {
    double s = 0;
    for (int c = 0; c < dim; c++) {
      double t = y[i * dim + c] - y[j * dim + c];
      s += t * t;
    }
    return s;
  }

  private static double clip(double v) {
    return Math.max(-CLIP, Math.min(CLIP, v));
  }
}
