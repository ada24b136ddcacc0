package org.coreset4j.submodular;

import org.coreset4j.testing.TestData;

/** Float64 reference implementations written from the definitions, with no incremental state. */
final class BruteForceSubmodular {
  private BruteForceSubmodular() {}

  static double[][] similarity(double[][] x, String kind) {
    int n = x.length;
    double[][] s = new double[n][n];
    double maxD2 = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double[] a = kind.equals("corr2") ? centred(x[i]) : x[i];
        double[] b = kind.equals("corr2") ? centred(x[j]) : x[j];
        double ab = 0, aa = 0, bb = 0, d2 = 0;
        for (int c = 0; c < a.length; c++) {
          ab += a[c] * b[c];
          aa += a[c] * a[c];
          bb += b[c] * b[c];
          d2 += (x[i][c] - x[j][c]) * (x[i][c] - x[j][c]);
        }
        double cos = ab / Math.sqrt(aa * bb);
        s[i][j] = switch (kind) {
          case "cosine" -> cos;
          case "cosine2", "corr2" -> cos * cos;
          default -> -d2;
        };
        maxD2 = Math.max(maxD2, d2);
      }
    }
    if (kind.equals("euclidean")) {
      for (double[] row : s) for (int j = 0; j < n; j++) row[j] += maxD2;
    }
    return s;
  }

  private static double[] centred(double[] v) {
    double m = 0;
    for (double e : v) m += e / v.length;
    double[] out = new double[v.length];
    for (int c = 0; c < v.length; c++) out[c] = v[c] - m;
    return out;
  }

  interface Gain {
    double of(double[][] sim, boolean[] inS, int[] s, int size, int x);
  }

  static int[] greedy(double[][] sim, int k, Gain gain) {
    int n = sim.length;
    boolean[] inS = new boolean[n];
    int[] order = new int[k];
    for (int t = 0; t < k; t++) {
      double[] g = new double[n];
      for (int x = 0; x < n; x++) if (!inS[x]) g[x] = gain.of(sim, inS, order, t, x);
      int j = TestData.argmax(g, inS);
      inS[j] = true;
      order[t] = j;
    }
    return order;
  }

  static double facilityLocation(double[][] sim, int[] s, int size) {
    double f = 0;
    for (double[] row : sim) {
      double m = 0;
      for (int u = 0; u < size; u++) m = Math.max(m, row[s[u]]);
      f += m;
    }
    return f;
  }

  static final Gain FACILITY = (sim, inS, s, size, x) -> {
    int[] withX = java.util.Arrays.copyOf(s, size + 1);
    withX[size] = x;
    return facilityLocation(sim, withX, size + 1) - facilityLocation(sim, s, size);
  };

  static final Gain GRAPH_CUT = (sim, inS, s, size, x) -> {
    double g = 0;
    for (double[] row : sim) g += row[x];
    for (int u = 0; u < size; u++) g -= 2 * sim[s[u]][x];
    return g;
  };

  /** log det of K restricted to the given indices, K = sim + ridge I, by a fresh Cholesky. */
  static double logDet(double[][] sim, double ridge, int[] idx, int size) {
    double[][] l = new double[size][size];
    double ld = 0;
    for (int a = 0; a < size; a++) {
      for (int b = 0; b <= a; b++) {
        double v = sim[idx[a]][idx[b]] + (a == b ? ridge : 0);
        for (int c = 0; c < b; c++) v -= l[a][c] * l[b][c];
        if (a == b) {
          l[a][a] = Math.sqrt(v);
          ld += Math.log(v);
        } else {
          l[a][b] = v / l[b][b];
        }
      }
    }
    return ld;
  }

  /** Log-det gains on the kernel with its diagonal set to exactly 1 (cosine kinds). */
  static Gain logDetGain(double ridge) {
    return (sim, inS, s, size, x) -> {
      for (int i = 0; i < sim.length; i++) sim[i][i] = 1;
      int[] withX = java.util.Arrays.copyOf(s, size + 1);
      withX[size] = x;
      return logDet(sim, ridge, withX, size + 1) - logDet(sim, ridge, s, size);
    };
  }
}
