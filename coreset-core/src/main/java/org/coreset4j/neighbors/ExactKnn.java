package org.coreset4j.neighbors;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Exact k-nearest neighbours under squared Euclidean distance by blocked GEMM:
 * d(i, j) = ||x_i||^2 + ||x_j||^2 - 2 x_i . x_j, with the inner products of a block of query rows
 * against a block of data rows from one sgemm. Candidates are then re-ranked with the distance
 * recomputed directly, so the reported distances and the order (ties to the lower index) do not
 * depend on GEMM rounding more than float32 allows. O(N^2 D) work, O(N k) memory.
 */
public final class ExactKnn {
  private static final int QUERY_BLOCK = 256;
  private static final int DATA_BLOCK = 4096;

  private ExactKnn() {}

  public static KnnGraph build(FloatMatrix x, int k, Parallel parallel, Progress progress) {
    int n = x.rows();
    if (k < 1 || k >= n) {
      throw new InvalidInputException("--neighbors " + k + " must be in [1, N - 1] with N = " + n);
    }
    int d = x.cols();
    double[] norms = new double[n];
    for (int i = 0; i < n; i++) {
      norms[i] = Vectors.sumSquaresF64(x, i);
    }
    int[] index = new int[n * k];
    float[] dist = new float[n * k];
    progress.start("kNN graph", n);
    parallel.forChunks(n, QUERY_BLOCK, (chunk, from, to) -> {
      int q = to - from;
      // Candidates by GEMM distance; keep 2k per row so GEMM rounding cannot push a true
      // neighbour out before the exact re-rank.
      int keep = Math.min(n - 1, 2 * k + 2);
      TopK[] tops = new TopK[q];
      for (int i = 0; i < q; i++) {
        tops[i] = new TopK(keep);
      }
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment dots = arena.allocate((long) q * DATA_BLOCK * Float.BYTES, 64);
        for (int b0 = 0; b0 < n; b0 += DATA_BLOCK) {
          int nb = Math.min(DATA_BLOCK, n - b0);
          Blas.sgemm(false, true, q, nb, d, 1f, x.segment(), x.rowOffset(from), d,
              x.segment(), x.rowOffset(b0), d, 0f, dots, 0, nb);
          for (int i = 0; i < q; i++) {
            int qi = from + i;
            long row = (long) i * nb * Float.BYTES;
            for (int j = 0; j < nb; j++) {
              int dj = b0 + j;
              if (dj != qi) {
                double dd = norms[qi] + norms[dj] - 2.0 * dots.get(FloatMatrix.F32, row + (long) j * Float.BYTES);
                tops[i].offer(dd, dj);
              }
            }
          }
        }
      }
      for (int i = 0; i < q; i++) {
        int qi = from + i;
        TopK exact = new TopK(k);
        TopK t = tops[i];
        for (int c = 0; c < t.size(); c++) {
          int j = t.index(c);
          exact.offer(Vectors.squaredDistance(x, qi, x, j), j);
        }
        exact.sortInto(index, dist, qi * k);
      }
      progress.advance(q);
    });
    progress.finish();
    return new KnnGraph(n, k, index, dist);
  }

  /** A bounded max-heap keeping the smallest (distance, index) pairs. */
  static final class TopK {
    private final double[] key;
    private final int[] idx;
    private int size;

    TopK(int capacity) {
      key = new double[capacity];
      idx = new int[capacity];
    }

    int size() {
      return size;
    }

    int index(int c) {
      return idx[c];
    }

    private boolean worse(double k1, int i1, double k2, int i2) {
      return k1 > k2 || (k1 == k2 && i1 > i2);
    }

    void offer(double k, int i) {
      if (size < key.length) {
        key[size] = k;
        idx[size] = i;
        siftUp(size++);
      } else if (worse(key[0], idx[0], k, i)) {
        key[0] = k;
        idx[0] = i;
        siftDown(0);
      }
    }

    private void siftUp(int c) {
      while (c > 0) {
        int p = (c - 1) / 2;
        if (!worse(key[c], idx[c], key[p], idx[p])) {
          return;
        }
        swap(c, p);
        c = p;
      }
    }

    private void siftDown(int c) {
      while (true) {
        int l = 2 * c + 1;
        int r = l + 1;
        int m = c;
        if (l < size && worse(key[l], idx[l], key[m], idx[m])) m = l;
        if (r < size && worse(key[r], idx[r], key[m], idx[m])) m = r;
        if (m == c) {
          return;
        }
        swap(c, m);
        c = m;
      }
    }

    private void swap(int a, int b) {
      double tk = key[a];
      key[a] = key[b];
      key[b] = tk;
      int ti = idx[a];
      idx[a] = idx[b];
      idx[b] = ti;
    }

    /** Writes the kept pairs ascending (distance, then index) at {@code offset}. */
    void sortInto(int[] outIdx, float[] outDist, int offset) {
      int n = size;
      while (size > 1) {
        swap(0, --size);
        siftDown(0);
      }
      for (int c = 0; c < n; c++) {
        outIdx[offset + c] = idx[c];
        outDist[offset + c] = (float) key[c];
      }
      size = n;
    }
  }
}
