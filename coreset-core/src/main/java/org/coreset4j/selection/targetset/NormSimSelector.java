package org.coreset4j.selection.targetset;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Targets;
import org.coreset4j.selection.scores.SampleScorer;

/**
 * NormSim (Wang et al., NeurIPS 2024): with x_i the features of sample i and t the rows of the
 * target set T, both l2-normalised in float64, NormSim_p(i) = (sum_t |x_i . t|^p)^(1/p); keep the
 * k highest, ties to the lower index.
 *
 * <ul>
 *   <li>p = 2 is a quadratic form: NormSim_2(i)^2 = x_i^T S x_i with S = sum_t t t^T (D x D), so it
 *       costs O(M D^2 + N D^2) and never forms an N x M product ({@link QuadraticForms}).
 *   <li>p = inf is max_t |x_i . t|: float64 GEMM of fixed row blocks of the data against fixed
 *       blocks of target rows, O(N M D).
 * </ul>
 * Results are the same for any number of threads, and each score reads only its own row and the
 * target ({@link SampleScorer}). Diagnostics: {@code score}, NormSim_p of every sample.
 */
public final class NormSimSelector implements SampleScorer {
  /** Data rows per GEMM block for p = inf. */
  private static final int ROWS = 256;
  /** Target rows per GEMM block for p = inf. */
  private static final int TARGET_ROWS = 2048;
  private final NormSimParams params;

  public NormSimSelector(NormSimParams params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "normsim";
  }

  @Override
  public double[] scores(FloatMatrix features, SelectionContext context, double[] statistic, long total) {
    int n = features.rows();
    UnitRows target = new UnitRows(Targets.require(context, features, name()), "--target");
    UnitRows x = new UnitRows(features, "normsim: the features");
    double[] score;
    context.progress().start("normsim", n);
    if (params.infinity()) {
      score = maxCosines(x, target, context);
    } else {
      score = QuadraticForms.scores(x, QuadraticForms.secondMoment(target, context.parallel()), context.parallel());
      for (int i = 0; i < n; i++) {
        score[i] = Math.sqrt(score[i]);
      }
      context.progress().advance(n);
    }
    context.progress().finish();
    return score;
  }

  /**
   * max_t |x_i . t| for every row: each block of data rows is multiplied by each block of target
   * rows (float64 GEMM on native memory; the target is staged there once), keeping the running max.
   */
  private static double[] maxCosines(UnitRows x, UnitRows target, SelectionContext context) {
    int n = x.rows();
    int d = x.cols();
    int m = target.rows();
    double[] out = new double[n];
    try (Arena arena = Arena.ofShared()) {
      MemorySegment t = target.block(0, m, arena);
      int w = Math.min(m, TARGET_ROWS);
      context.parallel().forChunks(n, ROWS, (chunk, from, to) -> {
        int r = to - from;
        double[] best = new double[r];
        double[] dots = new double[r * w];
        try (Arena local = Arena.ofConfined()) {
          MemorySegment a = x.block(from, to, local);
          MemorySegment c = local.allocate(JAVA_DOUBLE, (long) r * w);
          for (int lo = 0; lo < m; lo += TARGET_ROWS) {
            int cols = Math.min(TARGET_ROWS, m - lo);
            Blas.dgemm(false, true, r, cols, d, 1.0, a, d,
                t.asSlice((long) lo * d * Double.BYTES, (long) cols * d * Double.BYTES), d, 0.0, c, cols);
            MemorySegment.copy(c, JAVA_DOUBLE, 0, dots, 0, r * cols);
            for (int i = 0; i < r; i++) {
              double b = best[i];
              for (int j = i * cols; j < (i + 1) * cols; j++) {
                b = Math.max(b, Math.abs(dots[j]));
              }
              best[i] = b;
            }
          }
        }
        System.arraycopy(best, 0, out, from, r);
        context.progress().advance(r);
      });
    }
    return out;
  }
}
