package org.coreset4j.clustering;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.coreset4j.util.Ranking;
import org.coreset4j.util.Sampling;

/**
 * Exact k-means (Lloyd), spherical or Euclidean, with GEMM-based assignment over row blocks.
 *
 * <p>Pass 0 assigns every row to the initial centroids; each iteration then recomputes the
 * centroids from float64 sums (mean, renormalised to unit length for spherical k-means) and assigns
 * again, stopping when no assignment changes. The returned assignment and objective belong to the
 * returned centroids. A cluster left empty is re-seeded with the row that fits its own centroid
 * worst (largest share of the objective, ties to the lowest row; rows alone in their cluster are
 * skipped), which leaves its old cluster. With {@code batchSize > 0}, each iteration instead
 * updates the centroids from a seeded mini-batch (Sculley 2010: per-centroid learning rate 1 /
 * number of rows seen), followed by one full assignment pass at the end. The same seed gives the
 * same result for any thread count.
 *
 * <p>Full-batch runs keep Yinyang group bounds ({@link GroupBounds}) from pass 0 on, so that rows
 * whose centroid provably stays skip the GEMM; every pass assigns exactly as plain Lloyd does
 * ({@link CentroidScores}). {@code -Dcoreset4j.kmeans=plain} turns the bounds off.
 */
public final class KMeans {
  private static final boolean BOUNDED = !"plain".equals(System.getProperty("coreset4j.kmeans"));

  private KMeans() {}

  public static KMeansResult fit(FloatMatrix x, KMeansParams p, Parallel parallel, Progress progress) {
    return fit(x, p, parallel, progress, BOUNDED);
  }

  /** k-means with ({@code bounded}) or without the group bounds; the results are the same. */
  static KMeansResult fit(FloatMatrix x, KMeansParams p, Parallel parallel, Progress progress, boolean bounded) {
    int n = x.rows();
    int d = x.cols();
    int k = p.clustersFor(n);
    double[] norms = AssignmentPass.rowNorms(x, p.metric(), parallel);
    try (Arena arena = Arena.ofShared()) {
      FloatMatrix c = new FloatMatrix(arena.allocate((long) k * d * Float.BYTES, 64), k, d);
      int[] seeds = KMeansInit.rows(x, k, p, norms, parallel);
      for (int j = 0; j < k; j++) {
        setCentroid(c, j, rowAsDouble(x, seeds[j]), p.metric());
      }
      List<KMeansIteration> stats = new ArrayList<>();
      progress.start("k-means", p.iterations());
      int[] labels;
      if (p.batchSize() > 0) {
        labels = new int[n];
        Arrays.fill(labels, -1);
        double[] fit = new double[n];
        miniBatch(x, c, p, norms, labels, parallel, progress, stats);
        long t0 = System.nanoTime();
        AssignmentPass.Counts counts = new AssignmentPass(p.metric(), c, parallel).run(x, norms, labels, fit, null, null);
        stats.add(new KMeansIteration(p.iterations() + 1, sum(fit), counts.changed(), 0, seconds(t0)));
      } else {
        labels = lloyd(x, c, p, norms, parallel, progress, stats, bounded);
      }
      progress.finish();
      FloatMatrix centroids = FloatMatrix.allocate(k, d);
      MemorySegment.copy(c.segment(), 0, centroids.segment(), 0, (long) k * d * Float.BYTES);
      return new KMeansResult(centroids, labels, stats.getLast().objective(), stats);
    }
  }

  /** Full-batch Lloyd from centroids {@code c} (updated in place); returns the labels. */
  private static int[] lloyd(FloatMatrix x, FloatMatrix c, KMeansParams p, double[] norms, Parallel parallel,
      Progress progress, List<KMeansIteration> stats, boolean bounded) {
    int k = c.rows();
    double[][] sums = new double[k][x.cols()];
    long[] counts = new long[k];
    long t0 = System.nanoTime();
    int[] groupOf = bounded ? GroupBounds.groupsOf(c, x.rows(), parallel, p.seed()) : null;
    AssignmentState state = new AssignmentState(p.metric(), norms, groupOf);
    AssignmentState.Pass pass = state.assign(x, c, null, sums, counts, parallel);
    stats.add(new KMeansIteration(0, sum(state.fit()), pass.changed(), skipped(pass, x.rows(), k), seconds(t0)));
    FloatMatrix before = bounded ? FloatMatrix.allocate(k, x.cols()) : null;
    for (int it = 1; it <= p.iterations() && pass.changed() > 0; it++) {
      t0 = System.nanoTime();
      int[] moved = reseedEmpty(x, sums, counts, state.labels(), state.fit(), p.metric());
      int[] fresh = new int[moved.length];
      boolean[] isFresh = new boolean[k];
      for (int i = 0; i < moved.length; i++) {
        state.forget(moved[i]);
        fresh[i] = state.labels()[moved[i]];
        isFresh[fresh[i]] = true;
      }
      if (bounded) {
        MemorySegment.copy(c.segment(), 0, before.segment(), 0, (long) k * x.cols() * Float.BYTES);
      }
      for (int j = 0; j < k; j++) {
        if (counts[j] > 0) {
          setCentroid(c, j, scaled(sums[j], 1.0 / counts[j]), p.metric());
        }
        Arrays.fill(sums[j], 0);
      }
      Arrays.fill(counts, 0);
      pass = state.assign(x, c, bounded ? GroupBounds.drift(before, c, groupOf, isFresh) : null, fresh, sums, counts,
          parallel);
      stats.add(new KMeansIteration(it, sum(state.fit()), pass.changed(), skipped(pass, x.rows(), k), seconds(t0)));
      progress.advance(1);
    }
    return state.labels();
  }

  /**
   * Moves the worst-fitting rows into the empty clusters (and, for spherical k-means, clusters
   * whose sum is the zero vector), taking them out of their old clusters' sums; returns the rows moved.
   */
  private static int[] reseedEmpty(FloatMatrix x, double[][] sums, long[] counts, int[] labels,
      double[] fit, Similarity metric) {
    boolean[] empty = new boolean[sums.length];
    int emptyCount = 0;
    for (int j = 0; j < sums.length; j++) {
      empty[j] = counts[j] == 0 || (metric == Similarity.COSINE && Vectors.norm(sums[j]) == 0);
      emptyCount += empty[j] ? 1 : 0;
    }
    if (emptyCount == 0) {
      return new int[0];
    }
    int[] moved = new int[emptyCount];
    int movedCount = 0;
    // worst fit first, ties to the lower row; fit is never -0.0, so this is the numeric order
    int[] order = Ranking.descending(fit);
    int next = 0;
    for (int j = 0; j < sums.length; j++) {
      if (!empty[j]) {
        continue;
      }
      while (next < order.length && (counts[labels[order[next]]] < 2 || empty[labels[order[next]]])) {
        next++;
      }
      if (next == order.length) {
        break;
      }
      int row = order[next++];
      moved[movedCount++] = row;
      int old = labels[row];
      Vectors.axpyF64(-1.0, x, row, sums[old]);
      counts[old]--;
      Arrays.fill(sums[j], 0);
      Vectors.axpyF64(1.0, x, row, sums[j]);
      counts[j] = 1;
      labels[row] = j;
      empty[j] = false;
    }
    return Arrays.copyOf(moved, movedCount);
  }

  private static void miniBatch(FloatMatrix x, FloatMatrix c, KMeansParams p, double[] norms, int[] labels,
      Parallel parallel, Progress progress, List<KMeansIteration> stats) {
    int k = c.rows();
    int b = Math.min(p.batchSize(), x.rows());
    double[][] centroids = new double[k][];
    for (int j = 0; j < k; j++) {
      centroids[j] = rowAsDouble(c, j);
    }
    long[] seen = new long[k];
    for (int it = 1; it <= p.iterations(); it++) {
      long t0 = System.nanoTime();
      int[] batch = Sampling.withoutReplacement(x.rows(), b, p.seed() + it);
      Arrays.sort(batch);
      FloatMatrix xb = x.gather(batch);
      double[] nb = new double[b];
      int[] lb = new int[b];
      for (int i = 0; i < b; i++) {
        nb[i] = norms[batch[i]];
        lb[i] = labels[batch[i]];
      }
      double[] fb = new double[b];
      long changed = new AssignmentPass(p.metric(), c, parallel).run(xb, nb, lb, fb, null, null).changed();
      boolean[] touched = new boolean[k];
      for (int i = 0; i < b; i++) {
        int j = lb[i];
        labels[batch[i]] = j;
        double eta = 1.0 / ++seen[j];
        for (int col = 0; col < centroids[j].length; col++) {
          centroids[j][col] *= 1.0 - eta;
        }
        Vectors.axpyF64(eta, xb, i, centroids[j]);
        touched[j] = true;
      }
      for (int j = 0; j < k; j++) {
        if (touched[j]) {
          setCentroid(c, j, centroids[j], p.metric());
          if (p.metric() == Similarity.COSINE) {
            centroids[j] = rowAsDouble(c, j);
          }
        }
      }
      stats.add(new KMeansIteration(it, sum(fb), changed, 0, seconds(t0)));
      progress.advance(1);
    }
  }

  /** Writes {@code v} as centroid j, scaled to unit length for spherical k-means (zero stays zero). */
  private static void setCentroid(FloatMatrix c, int j, double[] v, Similarity metric) {
    if (metric == Similarity.COSINE) {
      c.setRow(j, Vectors.unitFloats(v));
      return;
    }
    for (int col = 0; col < v.length; col++) {
      c.set(j, col, (float) v[col]);
    }
  }

  private static double[] rowAsDouble(FloatMatrix x, int i) {
    double[] v = new double[x.cols()];
    Vectors.axpyF64(1.0, x, i, v);
    return v;
  }

  private static double[] scaled(double[] v, double s) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * s;
    }
    return out;
  }


  private static double sum(double[] v) {
    double s = 0;
    for (double a : v) {
      s += a;
    }
    return s;
  }

  /** The share of the N x K inner products that the bounds spared the GEMMs. */
  private static double skipped(AssignmentState.Pass pass, int n, int k) {
    return 1 - pass.products() / ((double) n * k);
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
