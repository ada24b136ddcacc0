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
 * <p>Batches: repetition r = 0..K-1 orders the samples by the hash {@link #batchKey}(seed, r, i)
 * of their index ({@link #batchOrder}) and cuts that order into consecutive batches of b samples (the last one smaller when b does not divide N; a single
 * batch of all N when N &lt; b), so each sample is in exactly one batch per repetition. A sample's
 * key depends on its index alone, so the batches can be formed over any split of the data (Spark
 * ranks the keys of the sample ids).
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
  private final NegClipParams params;

  public NegClipSelector(NegClipParams params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "negclip";
  }

  public NegClipParams params() {
    return params;
  }

  /**
   * The key that orders sample {@code id} (its int64 id, or its index without ids) in repetition
   * {@code repeat}: {@link Seeds#mix}({@link Seeds#derive}(seed, repeat), id). Distinct ids have
   * distinct keys (SplitMix64's finaliser is a bijection), so the order needs no tie rule and does
   * not depend on where the other samples are.
   */
  public static long batchKey(long seed, int repeat, long id) {
    return Seeds.mix(Seeds.derive(seed, repeat), id);
  }

  /**
   * The order of the samples in repetition {@code repeat}: [0, n) by ascending (signed) {@link
   * #batchKey} of their int64 ids ({@code ids}, or the positions when null), a uniform permutation.
   * Batch t of that repetition is positions [t b, min(n, (t + 1) b)).
   */
  static int[] batchOrder(int n, long[] ids, long seed, int repeat) {
    long[] key = new long[n];
    for (int i = 0; i < n; i++) {
      key[i] = batchKey(seed, repeat, ids == null ? i : ids[i]);
    }
    long[] sorted = key.clone();
    java.util.Arrays.sort(sorted);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[java.util.Arrays.binarySearch(sorted, key[i])] = i; // the keys are distinct
    }
    return order;
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
    ModalityPair.Features f = params.pair().features(context, n);
    FloatMatrix a = f.first();
    FloatMatrix b = f.second();
    Parallel parallel = context.parallel();
    double[] normA = norms(a, params.pair().first(), parallel);
    double[] normB = norms(b, params.pair().second(), parallel);
    double[] score = alignment(a, b, normA, normB, parallel);
    if (n == 0) {
      return score;
    }
    int size = Math.min(params.batch(), n);
    int batches = Parallel.chunkCount(n, size);
    int repeats = params.repeats();
    double[] normaliser = new double[n];
    ConcurrentLinkedQueue<NegClipBatch> spare = new ConcurrentLinkedQueue<>();
    context.progress().start("negclip", repeats);
    for (int r = 0; r < repeats; r++) {
      int[] order = batchOrder(n, context.ids(), context.seed(), r);
      parallel.forChunks(batches, 1, (t, unused, unused2) -> {
        NegClipBatch w = spare.poll();
        if (w == null) {
          w = new NegClipBatch(size, a.cols());
        }
        int from = t * size;
        int to = Math.min(n, from + size);
        w.batch(a, b, normA, normB, order, from, to, params.tau(), normaliser);
        spare.add(w);
      });
      context.progress().advance(1);
    }
    context.progress().finish();
    for (int i = 0; i < n; i++) {
      score[i] = score(score[i], normaliser[i]);
    }
    return score;
  }

  /** The alignment terms u_i.v_i / tau of the rows of the pair's modalities {@code a} and {@code b}. */
  public double[] alignment(FloatMatrix a, FloatMatrix b, Parallel parallel) {
    return alignment(a, b, norms(a, params.pair().first(), parallel), norms(b, params.pair().second(), parallel),
        parallel);
  }

  /**
   * The sum of the row and column log-sum-exps of every member of one batch whose rows in the two
   * modalities are {@code a} and {@code b}, in the batch's order (as {@link #batchOrder} ranks them).
   */
  public double[] batchTerms(FloatMatrix a, FloatMatrix b, Parallel parallel) {
    int m = a.rows();
    double[] out = new double[m];
    int[] order = java.util.stream.IntStream.range(0, m).toArray();
    new NegClipBatch(Math.max(1, m), a.cols()).batch(a, b, norms(a, params.pair().first(), parallel),
        norms(b, params.pair().second(), parallel), order, 0, m, params.tau(), out);
    return out;
  }

  /** s_i from its alignment term and the sum of its K batch terms, added in repetition order. */
  public double score(double alignment, double batchTermSum) {
    return alignment - 0.5 * (batchTermSum / params.repeats());
  }

  /** u_i.v_i / tau from the same unit rows as the batches use; the modalities must have equal D. */
  private double[] alignment(FloatMatrix a, FloatMatrix b, double[] normA, double[] normB, Parallel parallel) {
    int d = a.cols();
    if (d != b.cols()) {
      throw new InvalidInputException(params.pair().option() + ": dimensions " + a.cols() + " and " + b.cols()
          + " differ; both must be embeddings of one space");
    }
    double tau = params.tau();
    double[] score = new double[a.rows()];
    parallel.forChunks(a.rows(), 4096, (c, from, to) -> {
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
}
