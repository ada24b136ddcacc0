package org.coreset4j.reduction;

import java.util.Arrays;
import org.coreset4j.neighbors.KnnGraph;

/**
 * UMAP's fuzzy simplicial set of a kNN graph (McInnes et al. 2018, section 3): per point the
 * distance rho_i to its nearest neighbour and sigma_i with sum_j exp(-(d_ij - rho_i) / sigma_i) =
 * log2(k), directed memberships a_ij = exp(-max(0, d_ij - rho_i) / sigma_i), and the fuzzy union
 * w_ij = a_ij + a_ji - a_ij a_ji. Stored as CSR rows (both orientations of every edge, tails
 * ascending) so it is symmetric.
 */
record FuzzyGraph(int rows, int[] start, int[] tail, double[] weight) {
  private static final int SEARCH_STEPS = 64;
  private static final double TOLERANCE = 1e-5;
  private static final double MIN_SIGMA_SCALE = 1e-3;

  static FuzzyGraph of(KnnGraph knn) {
    int n = knn.rows();
    int k = knn.k();
    double[] member = memberships(knn);
    // each row's neighbours sorted by index, to look up a_ji
    int[][] sortedIdx = new int[n][];
    double[][] sortedW = new double[n][];
    for (int i = 0; i < n; i++) {
      Integer[] order = new Integer[k];
      for (int j = 0; j < k; j++) order[j] = j;
      final int row = i;
      Arrays.sort(order, (p, q) -> Integer.compare(knn.neighbor(row, p), knn.neighbor(row, q)));
      sortedIdx[i] = new int[k];
      sortedW[i] = new double[k];
      for (int j = 0; j < k; j++) {
        sortedIdx[i][j] = knn.neighbor(i, order[j]);
        sortedW[i][j] = member[i * k + order[j]];
      }
    }
    // undirected edges: from i's list, skipping pairs that j's list (j < i) already produced
    int[] eu = new int[n * k];
    int[] ev = new int[n * k];
    double[] ew = new double[n * k];
    int m = 0;
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < k; p++) {
        int j = sortedIdx[i][p];
        int back = Arrays.binarySearch(sortedIdx[j], i);
        if (back >= 0 && j < i) {
          continue;
        }
        double a = sortedW[i][p];
        double b = back >= 0 ? sortedW[j][back] : 0;
        eu[m] = i;
        ev[m] = j;
        ew[m] = a + b - a * b;
        m++;
      }
    }
    int[] start = new int[n + 1];
    for (int e = 0; e < m; e++) {
      start[eu[e] + 1]++;
      start[ev[e] + 1]++;
    }
    for (int i = 0; i < n; i++) start[i + 1] += start[i];
    int[] fill = Arrays.copyOf(start, n);
    long[] packed = new long[2 * m];
    double[] byEdge = new double[2 * m];
    for (int e = 0; e < m; e++) {
      packed[fill[eu[e]]++] = ((long) ev[e] << 32) | e;
      packed[fill[ev[e]]++] = ((long) eu[e] << 32) | e;
    }
    int[] tail = new int[2 * m];
    double[] weight = new double[2 * m];
    for (int i = 0; i < n; i++) {
      Arrays.sort(packed, start[i], start[i + 1]);
      for (int s = start[i]; s < start[i + 1]; s++) {
        tail[s] = (int) (packed[s] >>> 32);
        weight[s] = ew[(int) packed[s]];
      }
    }
    return new FuzzyGraph(n, start, tail, weight);
  }

  /** a_ij for every directed kNN edge, in the kNN graph's order. */
  private static double[] memberships(KnnGraph knn) {
    int n = knn.rows();
    int k = knn.k();
    double target = Math.log(k) / Math.log(2);
    double[] out = new double[n * k];
    double[] d = new double[k];
    for (int i = 0; i < n; i++) {
      double rho = 0;
      double mean = 0;
      for (int j = 0; j < k; j++) {
        d[j] = Math.sqrt(knn.distance(i, j));
        mean += d[j] / k;
        if (rho == 0 && d[j] > 0) {
          rho = d[j];
        }
      }
      double sigma = sigma(d, rho, target);
      sigma = Math.max(sigma, MIN_SIGMA_SCALE * mean);
      for (int j = 0; j < k; j++) {
        out[i * k + j] = sigma > 0 ? Math.exp(-Math.max(0, d[j] - rho) / sigma) : (d[j] <= rho ? 1 : 0);
      }
    }
    return out;
  }

  /** Binary search for sigma with sum_j exp(-max(0, d_j - rho) / sigma) = target (increasing in sigma). */
  private static double sigma(double[] d, double rho, double target) {
    double lo = 0;
    double hi = Double.POSITIVE_INFINITY;
    double mid = 1;
    for (int step = 0; step < SEARCH_STEPS; step++) {
      double sum = 0;
      for (double dj : d) {
        sum += Math.exp(-Math.max(0, dj - rho) / mid);
      }
      if (Math.abs(sum - target) < TOLERANCE) {
        break;
      }
      if (sum > target) {
        hi = mid;
        mid = (lo + hi) / 2;
      } else {
        lo = mid;
        mid = Double.isInfinite(hi) ? mid * 2 : (lo + hi) / 2;
      }
    }
    return mid;
  }
}
