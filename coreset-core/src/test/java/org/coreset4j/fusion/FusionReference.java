package org.coreset4j.fusion;

import java.util.List;

/**
 * The feature pipeline of ALGORITHMS.md ("Multimodal features") in float64, straight from the
 * definitions: pool the tokens, normalise each modality, fuse. Beside each value it carries the
 * magnitude that float32 rounding errors of that value scale with: an error of at most 2^-24 times
 * it per rounding.
 */
final class FusionReference {
  private FusionReference() {}

  /** Reference values and their rounding magnitudes, one row per sample. */
  record Result(double[][] values, double[][] magnitude) {}

  /** {@code x.get(m)[i][k][j]}: value j of token k of sample i in modality m (one token for (N, D)). */
  static Result fuse(List<float[][][]> x, FusionOptions o) {
    int n = x.get(0).length;
    int blocks = x.stream().mapToInt(m -> m[0].length).sum();
    double scale = o.tokens() == TokenPooling.COINCIDE ? 1 / Math.sqrt(blocks)
        : o.fuse() == FuseMode.MEAN ? 1.0 / x.size() : 1.0;
    double[][] out = new double[n][0];
    double[][] mag = new double[n][0];
    for (float[][][] m : x) {
      double[][][] pooled = pool(m, o.tokens());
      normalize(pooled[0], pooled[1], o.normalize());
      for (int i = 0; i < n; i++) {
        double[] v = pooled[0][i];
        double[] a = pooled[1][i];
        if (o.fuse() == FuseMode.CONCAT || out[i].length == 0) {
          out[i] = append(out[i], v, scale);
          mag[i] = append(mag[i], a, scale);
        } else {
          for (int j = 0; j < v.length; j++) {
            out[i][j] += v[j] * scale;
            mag[i][j] += a[j] * scale;
          }
        }
      }
    }
    return new Result(out, mag);
  }

  private static double[] append(double[] head, double[] tail, double scale) {
    double[] r = java.util.Arrays.copyOf(head, head.length + tail.length);
    for (int j = 0; j < tail.length; j++) {
      r[head.length + j] = tail[j] * scale;
    }
    return r;
  }

  /** [0]: pooled rows; [1]: the sums of |input| each pooled value is made of. */
  private static double[][][] pool(float[][][] m, TokenPooling mode) {
    int n = m.length;
    int t = m[0].length;
    int d = m[0][0].length;
    int w = mode == TokenPooling.CONCAT || mode == TokenPooling.COINCIDE ? t * d : d;
    double[][][] r = new double[2][n][w];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < t; k++) {
        double norm = mode == TokenPooling.COINCIDE ? tanhNorm(m[i][k]) : 0;
        for (int j = 0; j < d; j++) {
          double x = m[i][k][j];
          switch (mode) {
            case MEAN, SUM -> add(r, i, j, x);
            case CONCAT -> add(r, i, k * d + j, x);
            case FIRST -> add(r, i, j, k == 0 ? x : 0);
            case COINCIDE -> add(r, i, k * d + j, norm > 0 ? Math.tanh(x) / norm : 0);
          }
        }
      }
      for (int j = 0; j < w && mode == TokenPooling.MEAN; j++) {
        r[0][i][j] /= t;
        r[1][i][j] /= t;
      }
    }
    return r;
  }

  private static double tanhNorm(float[] token) {
    double ss = 0;
    for (float x : token) {
      ss += Math.tanh(x) * Math.tanh(x);
    }
    return Math.sqrt(ss);
  }

  private static void add(double[][][] r, int i, int j, double x) {
    r[0][i][j] += x;
    r[1][i][j] += Math.abs(x);
  }

  private static void normalize(double[][] v, double[][] a, Normalization mode) {
    int n = v.length;
    int w = v[0].length;
    if (mode == Normalization.L2) {
      for (int i = 0; i < n; i++) {
        double norm = Math.sqrt(java.util.Arrays.stream(v[i]).map(e -> e * e).sum());
        for (int j = 0; j < w && norm > 0; j++) {
          v[i][j] /= norm;
          a[i][j] /= norm;
        }
      }
    } else if (mode == Normalization.STANDARD) {
      for (int j = 0; j < w; j++) {
        double sum = 0;
        double aSum = 0;
        double aMax = 0;
        boolean constant = true;
        for (int i = 0; i < n; i++) {
          sum += v[i][j];
          aSum += a[i][j];
          aMax = Math.max(aMax, a[i][j]);
          constant &= v[i][j] == v[0][j];
        }
        double mean = sum / n;
        double aMean = aSum / n;
        double var = 0;
        for (int i = 0; i < n; i++) {
          var += (v[i][j] - mean) * (v[i][j] - mean);
        }
        double inv = constant ? 1 : 1 / Math.sqrt(var / n);
        // the pooled value's and the mean's errors, and the standard deviation's relative error
        // (at most 2^-23 aMax / sd) carried into the result
        for (int i = 0; i < n; i++) {
          v[i][j] = (v[i][j] - mean) * inv;
          a[i][j] = (a[i][j] + aMean + 2 * aMax * Math.abs(v[i][j])) * inv;
        }
      }
    }
  }
}
