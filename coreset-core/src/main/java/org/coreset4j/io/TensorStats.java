package org.coreset4j.io;

import java.nio.file.Path;
import org.coreset4j.util.Parallel;

/**
 * Summary of an input array for {@code coreset inspect}: shape, dtype, non-finite values and row
 * L2 norms. Computed in one streaming pass over row blocks, so it works on files larger than RAM;
 * blocks are combined in order, so the result is the same for any number of threads.
 *
 * @param nanCount number of NaN values
 * @param infCount number of infinite values
 * @param firstNonFiniteRow first row holding NaN or infinity, or -1
 * @param normMin smallest row L2 norm over the rows without NaN/Inf (NaN if there is none)
 * @param normMean mean row L2 norm over those rows
 * @param normMax largest row L2 norm over those rows
 * @param zeroRows rows whose values are all zero
 */
public record TensorStats(Path path, String key, long[] shape, DType dtype, long nanCount,
    long infCount, long firstNonFiniteRow, double normMin, double normMean, double normMax,
    long zeroRows) {
  public TensorStats {
    shape = shape.clone();
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  /** N, the number of rows. */
  public long rows() {
    return shape[0];
  }

  /** Scans {@code t} once, block by block, on {@code parallel}'s threads. */
  public static TensorStats of(Tensor t, Parallel parallel) {
    int rows = t.rows();
    int block = RowBlocks.rowsPerBlock(t.rowLength());
    Partial[] parts = new Partial[Parallel.chunkCount(rows, block)];
    parallel.forChunks(rows, block, (chunk, from, to) -> {
      Partial p = new Partial();
      RowBlocks.forEach(t, from, to, (first, count, values) -> p.add(first, count, t.rowLength(), values));
      parts[chunk] = p;
    });
    Partial total = new Partial();
    for (Partial p : parts) {
      total.merge(p);
    }
    long finite = rows - total.nonFiniteRows;
    return new TensorStats(t.path(), t.key(), t.shape(), t.dtype(), total.nans, total.infs,
        total.firstBad, finite == 0 ? Double.NaN : total.normMin,
        finite == 0 ? Double.NaN : total.normSum / finite,
        finite == 0 ? Double.NaN : total.normMax, total.zeroRows);
  }

  /** Counts over a run of rows; norms are accumulated in float64 over finite rows only. */
  private static final class Partial {
    long nans;
    long infs;
    long firstBad = -1;
    long nonFiniteRows;
    long zeroRows;
    double normMin = Double.POSITIVE_INFINITY;
    double normMax = Double.NEGATIVE_INFINITY;
    double normSum;

    void add(int first, int count, int length, float[] values) {
      for (int r = 0; r < count; r++) {
        double squares = 0;
        int bad = 0;
        boolean zero = true;
        for (int i = r * length, end = i + length; i < end; i++) {
          float v = values[i];
          if (Float.isNaN(v)) {
            nans++;
            bad++;
          } else if (Float.isInfinite(v)) {
            infs++;
            bad++;
          } else {
            squares += (double) v * v;
            zero &= v == 0;
          }
        }
        if (bad > 0) {
          nonFiniteRows++;
          if (firstBad < 0) {
            firstBad = first + r;
          }
          continue;
        }
        if (zero) {
          zeroRows++;
        }
        double norm = Math.sqrt(squares);
        normMin = Math.min(normMin, norm);
        normMax = Math.max(normMax, norm);
        normSum += norm;
      }
    }

    void merge(Partial p) {
      nans += p.nans;
      infs += p.infs;
      if (firstBad < 0) {
        firstBad = p.firstBad;
      }
      nonFiniteRows += p.nonFiniteRows;
      zeroRows += p.zeroRows;
      normMin = Math.min(normMin, p.normMin);
      normMax = Math.max(normMax, p.normMax);
      normSum += p.normSum;
    }
  }
}
