package org.coreset4j.clustering;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * One assignment pass of k-means over blocks of rows, by the rule of {@link CentroidScores}. Each
 * block is cut into fixed chunks of rows; a worker computes the inner products of its chunk's rows
 * with all centroids in one single-threaded sgemm into its own buffer and at once sends each row to
 * its best centroid. With {@link GroupBounds}, a row whose bounds prove that it keeps its centroid
 * costs one float64 inner product and is left out of the sgemm; the others refresh their bounds.
 * Optionally each row of the block is then added, in float64 and ascending row order, to its
 * cluster's sum. Chunk and block sizes depend only on K and D and clusters are summed by fixed
 * chunks of clusters, so results do not depend on the thread count. Only one row block is in use at
 * a time, so the data may be memory-mapped.
 */
final class AssignmentPass {
  private static final int CLUSTER_CHUNK = 32;
  private static final int CHUNKS_PER_BLOCK = 64;
  /** Each worker's inner-product and gathered-row buffers, kept across passes (freed with the thread). */
  private static final ThreadLocal<MemorySegment> DOTS = ThreadLocal.withInitial(() -> MemorySegment.NULL);
  private static final ThreadLocal<MemorySegment> ROWS = ThreadLocal.withInitial(() -> MemorySegment.NULL);
  private static final ThreadLocal<MemorySegment> GROUP = ThreadLocal.withInitial(() -> MemorySegment.NULL);
  private static final ThreadLocal<MemorySegment> FRESH = ThreadLocal.withInitial(() -> MemorySegment.NULL);

  private final CentroidScores scores;
  private final Parallel parallel;
  private final GroupBounds bounds;
  /** The centroids left out of the last drift ({@link GroupBounds#drift}), and a copy of their rows. */
  private final int[] fresh;
  private final FloatMatrix freshRows;

  /**
   * {@code centroids} should live in native memory (it is handed to sgemm once per chunk);
   * {@code bounds} may be null (plain Lloyd); {@code fresh} lists the centroids the bounds' last
   * drift left out (none: empty).
   */
  AssignmentPass(CentroidScores scores, GroupBounds bounds, int[] fresh, Parallel parallel) {
    this.scores = scores;
    this.bounds = bounds;
    this.parallel = parallel;
    this.fresh = bounds == null ? new int[0] : fresh;
    this.freshRows = this.fresh.length == 0 ? null
        : scores.centroids.gatherInto(this.fresh, FloatMatrix.allocateNative(this.fresh.length, scores.centroids.cols()));
  }

  AssignmentPass(Similarity metric, FloatMatrix centroids, Parallel parallel) {
    this(new CentroidScores(metric, centroids, null), null, new int[0], parallel);
  }

  /** Rows per GEMM chunk: at most 1024, a 4 MiB inner-product buffer and a 256 MiB row slice. */
  static int chunkRows(int k, int d) {
    return Math.max(1, Math.min(1024, Math.min((1 << 20) / k, (1 << 26) / Math.max(d, 1))));
  }

  /**
   * Assigns every row of {@code x}: writes {@code labels} and {@code fit} (each row's share of the
   * objective; {@code norms} holds ||x|| for spherical and ||x||^2 for Euclidean) and, when
   * {@code sums} is not null, adds each row to {@code sums[label]} and counts it. Returns how many
   * labels changed and how many row-centroid inner products the GEMMs computed.
   */
  Counts run(FloatMatrix x, double[] norms, int[] labels, double[] fit, double[][] sums, long[] counts) {
    int n = x.rows();
    int chunk = chunkRows(scores.centroids.rows(), x.cols());
    int block = chunk * CHUNKS_PER_BLOCK;
    long[] chunkChanged = new long[Parallel.chunkCount(n, chunk)];
    long[] chunkProducts = new long[chunkChanged.length];
    for (int r0 = 0; r0 < n; r0 += block) {
      int rows = Math.min(block, n - r0);
      int first = r0;
      parallel.forChunks(rows, chunk, (c, from, to) -> {
        Chunk work = new Chunk(x, first + from, first + to, norms, labels, fit);
        chunkProducts[first / chunk + c] = work.products;
        chunkChanged[first / chunk + c] = work.changed;
      });
      if (sums != null) {
        accumulate(x, first, rows, labels, sums, counts);
      }
    }
    return new Counts(Arrays.stream(chunkChanged).sum(), Arrays.stream(chunkProducts).sum());
  }

  /** How many labels a pass changed and how many row-centroid inner products it computed. */
  record Counts(long changed, long products) {}

  /**
   * One chunk of rows: the bounds settle some rows alone; rows that need at least half the groups
   * ("dense") get one GEMM with all centroids, the others one GEMM per group over the rows that need
   * it; then every row not settled is assigned and its bounds refreshed.
   */
  private final class Chunk {
    private final FloatMatrix x;
    private final double[] norms;
    private final int[] rows;
    private final boolean[][] need;
    private final int[] own;
    private final double[] ownScore;
    private final MemorySegment dots;
    /** One row of {@code dots}, copied for the bound refresh. */
    private final float[] rowDots;
    private int m;
    long products;
    long changed;

    Chunk(FloatMatrix x, int from, int to, double[] norms, int[] labels, double[] fit) {
      this.x = x;
      this.norms = norms;
      int len = to - from;
      rows = new int[len];
      need = new boolean[len][];
      own = new int[len];
      ownScore = new double[len];
      int dense = sieve(from, to, labels, fit, freshDots(from, to));
      int k = scores.centroids.rows();
      dots = buffer(DOTS, (long) m * k * Float.BYTES);
      rowDots = bounds == null ? null : new float[k];
      gemm(0, dense, 0, k);
      for (int g = 0; g < scores.groups(); g++) {
        sparseGemm(dense, g);
      }
      for (int i = 0; i < m; i++) {
        assign(i, labels, fit);
      }
    }

    /**
     * The float32 inner products of rows [from, to) with the fresh centroids (row-major, one row of
     * F per data row), or null when there are none.
     */
    private MemorySegment freshDots(int from, int to) {
      if (freshRows == null) {
        return null;
      }
      int f = fresh.length;
      MemorySegment out = buffer(FRESH, (long) (to - from) * f * Float.BYTES);
      Blas.sgemm(false, true, to - from, f, x.cols(), 1f, x.segment(), x.rowOffset(from), x.cols(),
          freshRows.segment(), 0, x.cols(), 0f, out, 0, f);
      products += (long) (to - from) * f;
      return out;
    }

    /**
     * Fills the slots, dense rows first; rows the bounds settle get their fit. A row's bounds first
     * take in its distances to the fresh centroids ({@code freshDots}). Returns the dense count.
     */
    private int sieve(int from, int to, int[] labels, double[] fit, MemorySegment freshDots) {
      int groups = scores.groups();
      int[] sparseRows = new int[to - from];
      boolean[][] sparseNeed = new boolean[to - from][];
      double[] sparseScore = new double[to - from];
      int sparse = 0;
      for (int row = from; row < to; row++) {
        int a = labels[row];
        if (bounds == null || a < 0) {
          slot(row, null, -1, Double.NaN);
          continue;
        }
        double t = scores.score(x, row, a);
        if (freshDots != null) {
          double squaredNorm = scores.squaredNorm(norms[row]);
          double error = scores.error(norms[row]);
          for (int i = 0; i < fresh.length; i++) {
            int j = fresh[i];
            if (j != a) {
              float dot = freshDots.getAtIndex(FloatMatrix.F32, (long) (row - from) * fresh.length + i);
              bounds.lowerTo(row, j, squaredNorm, dot - scores.halfAll[scores.column[j]], error, scores);
            }
          }
        }
        boolean[] mask = new boolean[groups];
        int count = bounds.needs(row, scores.squaredNorm(norms[row]), t, mask);
        if (count == 0) {
          fit[row] = scores.fit(norms[row], t);
        } else if (2 * count >= groups) {
          slot(row, null, a, t);
        } else {
          sparseRows[sparse] = row;
          sparseNeed[sparse] = mask;
          sparseScore[sparse++] = t;
        }
      }
      int dense = m;
      for (int i = 0; i < sparse; i++) {
        slot(sparseRows[i], sparseNeed[i], labels[sparseRows[i]], sparseScore[i]);
      }
      return dense;
    }

    private void slot(int row, boolean[] mask, int a, double t) {
      rows[m] = row;
      need[m] = mask;
      own[m] = a;
      ownScore[m++] = t;
    }

    /** Inner products of the rows in slots [i0, i1) with grouped columns [p0, p1), into their slots. */
    private void gemm(int i0, int i1, int p0, int p1) {
      int rowsHere = i1 - i0;
      if (rowsHere == 0) {
        return;
      }
      int k = scores.centroids.rows();
      int d = x.cols();
      boolean contiguous = rows[i1 - 1] - rows[i0] == rowsHere - 1;
      MemorySegment a = contiguous ? x.segment() : gather(x, rows, i0, i1);
      Blas.sgemm(false, true, rowsHere, p1 - p0, d, 1f, a, contiguous ? x.rowOffset(rows[i0]) : 0, d,
          scores.grouped.segment(), scores.grouped.rowOffset(p0), d, 0f, dots,
          ((long) i0 * k + p0) * Float.BYTES, k);
      products += (long) rowsHere * (p1 - p0);
    }

    /** Group g's columns for the sparse rows that need it, gathered into consecutive slots first. */
    private void sparseGemm(int dense, int g) {
      int count = 0;
      for (int i = dense; i < m; i++) {
        count += need[i][g] ? 1 : 0;
      }
      int k = scores.centroids.rows();
      int p0 = scores.start[g];
      int width = scores.start[g + 1] - p0;
      if (count == 0 || width == 0) {
        return;
      }
      int[] picked = new int[count];
      int c = 0;
      for (int i = dense; i < m; i++) {
        if (need[i][g]) {
          picked[c++] = i;
        }
      }
      MemorySegment tmp = buffer(GROUP, (long) count * width * Float.BYTES);
      int[] pickedRows = new int[count];
      for (int i = 0; i < count; i++) {
        pickedRows[i] = rows[picked[i]];
      }
      Blas.sgemm(false, true, count, width, x.cols(), 1f, gather(x, pickedRows, 0, count), 0, x.cols(),
          scores.grouped.segment(), scores.grouped.rowOffset(p0), x.cols(), 0f, tmp, 0, width);
      for (int i = 0; i < count; i++) {
        MemorySegment.copy(tmp, (long) i * width * Float.BYTES, dots, ((long) picked[i] * k + p0) * Float.BYTES,
            (long) width * Float.BYTES);
      }
      products += (long) count * width;
    }

    private void assign(int i, int[] labels, double[] fit) {
      int row = rows[i];
      long at = (long) i * scores.centroids.rows() * Float.BYTES;
      int best = scores.best(x, row, norms[row], dots, at, need[i], own[i], ownScore[i]);
      if (labels[row] != best) {
        changed++;
        labels[row] = best;
      }
      fit[row] = scores.fit(norms[row], best == own[i] ? ownScore[i] : scores.score(x, row, best));
      if (bounds != null) {
        MemorySegment.copy(dots, FloatMatrix.F32, at, rowDots, 0, rowDots.length);
        rowDots[scores.column[best]] = Float.NEGATIVE_INFINITY;
        bounds.refresh(row, best, own[i], ownScore[i], scores.squaredNorm(norms[row]), scores.error(norms[row]),
            rowDots, scores, need[i]);
      }
    }
  }

  /** The given rows copied into this worker's buffer, one after the other. */
  private static MemorySegment gather(FloatMatrix x, int[] rows, int from, int to) {
    long rowBytes = (long) x.cols() * Float.BYTES;
    MemorySegment out = buffer(ROWS, (to - from) * rowBytes);
    for (int i = from; i < to; i++) {
      MemorySegment.copy(x.segment(), x.rowOffset(rows[i]), out, (i - from) * rowBytes, rowBytes);
    }
    return out;
  }

  /** This worker's native buffer of at least {@code bytes}, grown when too small. */
  private static MemorySegment buffer(ThreadLocal<MemorySegment> kind, long bytes) {
    MemorySegment b = kind.get();
    if (b.byteSize() < bytes) {
      b = Arena.ofAuto().allocate(bytes, 64);
      kind.set(b);
    }
    return b;
  }

  private void accumulate(FloatMatrix x, int first, int rows, int[] labels, double[][] sums, long[] counts) {
    parallel.forChunks(sums.length, CLUSTER_CHUNK, (chunk, k0, k1) -> {
      for (int r = first; r < first + rows; r++) {
        int l = labels[r];
        if (l >= k0 && l < k1) {
          Vectors.axpyF64(1.0, x, r, sums[l]);
        }
      }
    });
    for (int r = first; r < first + rows; r++) {
      counts[labels[r]]++;
    }
  }

  /** ||x|| (spherical) or ||x||^2 (Euclidean) of every row, in float64. */
  static double[] rowNorms(FloatMatrix x, Similarity metric, Parallel parallel) {
    double[] norms = new double[x.rows()];
    parallel.forChunks(x.rows(), 4096, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        double s = Vectors.sumSquaresF64(x, i);
        norms[i] = metric == Similarity.COSINE ? Math.sqrt(s) : s;
      }
    });
    return norms;
  }
}
