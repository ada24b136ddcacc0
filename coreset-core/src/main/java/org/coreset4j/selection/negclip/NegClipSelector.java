package org.coreset4j.selection.negclip;

import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.ModalityPair;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Sampling;
import org.coreset4j.util.Seeds;

/**
 * negCLIPLoss (Wang et al., NeurIPS 2024, arXiv 2405.19547). With u_i and v_i sample i's rows in
 * the two modalities of {@code --pair} (one embedding space, so equal D), unit-normalised in
 * float64, the score is
 * <pre>
 *   s_i = u_i.v_i / tau - (1/2) mean over the K batches B containing i of
 *         [ log sum_{j in B} exp(u_i.v_j / tau) + log sum_{j in B} exp(u_j.v_i / tau) ]
 * </pre>
 * that is minus the CLIP loss of pair i within batch B, averaged over batches: the alignment of
 * the pair corrected by how similar it is to everything else (the paper's fix for CLIPScore's bias
 * towards generic pairs). The k highest scores are kept, ties to the lowest index, or another
 * window of the scores as {@code --method score} keeps with {@code --window}.
 *
 * <p>Batches: repetition r = 0..K-1 draws the permutation {@link #batchOrder}(N, seed, r) and cuts
 * it into consecutive batches of b samples (the last one smaller when b does not divide N; a single
 * batch of all N when N &lt; b), so each sample is in exactly one batch per repetition.
 *
 * <p>Defaults: tau = 0.01 (OpenAI CLIP's learned temperature) and K = 10, as in the paper; the batch
 * is 1,024 instead of the paper's 32,768 (CLIP's GPU training batch): the work is 2 K N b D flops for
 * the similarity matrices (float64 GEMM, {@link Blas#dgemm}) plus K N b exponentials, so with b = 1,024
 * 100,000 pairs x 512 dims took 26 s on 2 threads of a shared 2-core machine (35 CPU seconds; the
 * cost is linear in N), that is about 3 to 4.5 minutes for 1,000,000 pairs, where b = 32,768 would
 * take 32 times as long.
 *
 * <p>Numerics: everything in float64. For each batch the similarity matrix S = U V^T / tau is formed
 * once; log-sum-exp shifts by the batch's largest entry c, so one exponential exp(S_ij - c) serves
 * both the row sum (u_i against every v_j) and the column sum (v_j against every u_i); a row or
 * column whose own maximum is more than 600 below c (only possible for tau below about 1/300) is
 * summed again with its own maximum as the shift, so no sum underflows and no dropped term exceeds
 * e^-145 of its sum.
 *
 * <p>Parallelism and memory: within a repetition each batch is one task of {@link Parallel} and
 * adds its two log-sum-exps to its own samples' running sums, repetitions run in order, so scores
 * are identical for any thread count. Memory beyond the inputs: O(N) (norms, sums, one permutation)
 * plus, per worker, two b x D float64 blocks and the b x b matrix.
 *
 * <p>Diagnostics: {@code score}, the N scores s_i.
 */
public final class NegClipSelector implements Selector {
  /** A row or column whose maximum lies further than this below the batch maximum is re-shifted. */
  static final double SHIFT_RANGE = 600;
  private final NegClipParams params;

  public NegClipSelector(NegClipParams params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "negclip";
  }

  /**
   * The order of the samples in repetition {@code repeat}: a uniform permutation of [0, n) drawn
   * with {@link Sampling#withoutReplacement(int, int, long)} from {@link Seeds#derive}(seed,
   * repeat). Batch t of that repetition is positions [t b, min(n, (t + 1) b)).
   */
  static int[] batchOrder(int n, long seed, int repeat) {
    return Sampling.withoutReplacement(n, n, Seeds.derive(seed, repeat));
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    int k = budget.count(n);
    double[] score = scores(context, n);
    return new Selection(params.window().pick(score, k), Map.of("score", NdArray.of(score)));
  }

  /** The N scores s_i. */
  double[] scores(SelectionContext context, int n) {
    ModalityPair pair = params.pair();
    ModalityPair.Features f = pair.features(context, n);
    FloatMatrix a = f.first();
    FloatMatrix b = f.second();
    int d = a.cols();
    if (d != b.cols()) {
      throw new InvalidInputException(pair.option() + ": dimensions " + a.cols() + " and " + b.cols()
          + " differ; both must be embeddings of one space");
    }
    Parallel parallel = context.parallel();
    double tau = params.tau();
    double[] normA = norms(a, pair.first(), parallel);
    double[] normB = norms(b, pair.second(), parallel);
    double[] score = new double[n];
    if (n == 0) {
      return score;
    }
    // the alignment term u_i.v_i / tau, from the same unit rows as the batches use
    parallel.forChunks(n, 4096, (c, from, to) -> {
      float[] ra = new float[d];
      float[] rb = new float[d];
      for (int i = from; i < to; i++) {
        a.copyRow(i, ra);
        b.copyRow(i, rb);
        double dot = 0;
        for (int j = 0; j < d; j++) {
          dot += (ra[j] / normA[i]) * (rb[j] / normB[i]);
        }
        score[i] = dot / tau;
      }
    });
    int size = Math.min(params.batch(), n);
    int batches = Parallel.chunkCount(n, size);
    int repeats = params.repeats();
    double[] normaliser = new double[n];
    ConcurrentLinkedQueue<Workspace> spare = new ConcurrentLinkedQueue<>();
    context.progress().start("negclip", repeats);
    for (int r = 0; r < repeats; r++) {
      int[] order = batchOrder(n, context.seed(), r);
      parallel.forChunks(batches, 1, (t, unused, unused2) -> {
        Workspace w = spare.poll();
        if (w == null) {
          w = new Workspace(size, d);
        }
        int from = t * size;
        int to = Math.min(n, from + size);
        w.batch(a, b, normA, normB, order, from, to, tau, normaliser);
        spare.add(w);
      });
      context.progress().advance(1);
    }
    context.progress().finish();
    for (int i = 0; i < n; i++) {
      score[i] -= 0.5 * (normaliser[i] / repeats);
    }
    return score;
  }

  /** Float64 L2 norms of the rows; a zero row is bad input naming its modality and row. */
  private static double[] norms(FloatMatrix x, String modality, Parallel parallel) {
    double[] norm = new double[x.rows()];
    parallel.forChunks(x.rows(), 4096, (c, from, to) -> {
      for (int i = from; i < to; i++) {
        double ss = Vectors.sumSquaresF64(x, i);
        if (!(ss > 0) || !Double.isFinite(ss)) {
          throw new InvalidInputException("--pair: row " + i + " of modality " + modality
              + (ss > 0 ? " is not finite" : " is all zeros") + "; it cannot be unit-normalised");
        }
        norm[i] = Math.sqrt(ss);
      }
    });
    return norm;
  }

  /** One worker's buffers for a batch of up to {@code size} samples of dimension {@code d}. */
  private static final class Workspace {
    private final int d;
    private final double[] u;
    private final double[] v;
    private final double[] s;
    private final double[] rowSum;
    private final double[] colSum;
    private final double[] rowMax;
    private final double[] colMax;
    private final float[] row;

    Workspace(int size, int d) {
      this.d = d;
      u = new double[size * d];
      v = new double[size * d];
      s = new double[size * size];
      rowSum = new double[size];
      colSum = new double[size];
      rowMax = new double[size];
      colMax = new double[size];
      row = new float[d];
    }

    /** Adds the row and column log-sum-exps of batch order[from, to) to {@code out} per sample. */
    void batch(FloatMatrix a, FloatMatrix b, double[] normA, double[] normB, int[] order, int from, int to,
        double tau, double[] out) {
      int m = to - from;
      for (int r = 0; r < m; r++) {
        int i = order[from + r];
        a.copyRow(i, row);
        for (int j = 0; j < d; j++) {
          u[r * d + j] = row[j] / normA[i];
        }
        b.copyRow(i, row);
        for (int j = 0; j < d; j++) {
          v[r * d + j] = row[j] / normB[i];
        }
      }
      // S[r][q] = u_r . v_q / tau
      Blas.dgemm(false, true, m, m, d, 1 / tau, u, v, 0, s);
      java.util.Arrays.fill(colMax, 0, m, Double.NEGATIVE_INFINITY);
      double c = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < m; r++) {
        double rm = Double.NEGATIVE_INFINITY;
        int at = r * m;
        for (int q = 0; q < m; q++) {
          double x = s[at + q];
          rm = Math.max(rm, x);
          colMax[q] = Math.max(colMax[q], x);
        }
        rowMax[r] = rm;
        c = Math.max(c, rm);
      }
      java.util.Arrays.fill(colSum, 0, m, 0);
      for (int r = 0; r < m; r++) {
        double sum = 0;
        int at = r * m;
        for (int q = 0; q < m; q++) {
          double e = Math.exp(s[at + q] - c);
          sum += e;
          colSum[q] += e;
        }
        rowSum[r] = sum;
      }
      for (int r = 0; r < m; r++) {
        double rowLse;
        if (rowMax[r] >= c - SHIFT_RANGE) {
          rowLse = c + Math.log(rowSum[r]);
        } else {
          double sum = 0;
          for (int q = 0; q < m; q++) {
            sum += Math.exp(s[r * m + q] - rowMax[r]);
          }
          rowLse = rowMax[r] + Math.log(sum);
        }
        double colLse;
        if (colMax[r] >= c - SHIFT_RANGE) {
          colLse = c + Math.log(colSum[r]);
        } else {
          double sum = 0;
          for (int q = 0; q < m; q++) {
            sum += Math.exp(s[q * m + r] - colMax[r]);
          }
          colLse = colMax[r] + Math.log(sum);
        }
        out[order[from + r]] += rowLse + colLse;
      }
    }
  }
}
