package org.coreset4j.selection.dq;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.ModalityPair;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.crossmodal.CentredRows;
import org.coreset4j.selection.crossmodal.TensorGreedy;
import org.coreset4j.selection.crossmodal.TensorKernel;
import org.coreset4j.util.Sampling;
import org.coreset4j.util.Seeds;

/**
 * Dataset Quantization (Zhou et al. 2023), multimodal as in seed 000: bins are built greedily one
 * after another from the samples not yet binned by maximising
 * gain(x) = lambda * sum_{p in P} sim(p, x) - 2 * sum_{s in S} sim(s, x); every bin has
 * floor(N / bins) samples and the last one also takes the N mod bins leftovers. The coreset draws
 * round(fraction * |bin|) sample ids uniformly from every bin (seeded). With
 * {@code --similarity crossmodal} sim is the tensor-product kernel (u_p . u_x)(v_p . v_x) of the two
 * modalities of {@code --pair}, whose implicit feature is vec(u v^T) ({@link CrossModalBins});
 * otherwise sim compares the fused features ({@link GainModel}). Diagnostics: {@code bin}
 * (int32[N]) and {@code order} (every sample in greedy pick order).
 */
public final class DatasetQuantization implements Selector {
  /**
   * {@code --bins}, {@code --similarity} (also {@code --kernel}), {@code --lambda}, and
   * {@code --pair A,B}: given exactly when the similarity is crossmodal, whose kernel compares the
   * two modalities it names (null otherwise).
   */
  public record Params(int bins, Kernel similarity, double lambda, ModalityPair pair) {
    static final Param BINS = Param.integer("bins", 20, ">= 1, <= N", "number of bins");
    static final Param SIMILARITY = Param.choice("similarity", "sqeuclidean",
        "sim of the gain: -||p - x||^2, 0.5 + 0.5 cos, or (u_p . u_x)(v_p . v_x) of --pair",
        "sqeuclidean", "cosine", "crossmodal").alsoNamed("kernel");
    static final Param LAMBDA = Param.number("lambda", 1.0, "finite", "weight of the pool term of the gain");
    static final Param PAIR = ModalityPair.PARAM.derivedDefault("required by crossmodal, else not taken");
    /** The options {@link #from} reads, with their defaults. */
    public static final List<Param> PARAMS = List.of(BINS, SIMILARITY, LAMBDA, PAIR);
    public static final Params DEFAULTS = from(MethodOptions.empty());

    public Params {
      MethodOptions.require(bins >= 1, "bins", bins, "must be at least 1");
      MethodOptions.require(Double.isFinite(lambda), "lambda", lambda, "must be a finite number");
      MethodOptions.require((pair != null) == (similarity == Kernel.CROSSMODAL), "pair",
          pair == null ? "(missing)" : pair.first() + "," + pair.second(),
          "is read by --method dq with --similarity crossmodal, and only then");
    }

    public static Params from(MethodOptions o) {
      Kernel similarity = Kernel.valueOf(o.choice(SIMILARITY).toUpperCase(Locale.ROOT));
      ModalityPair pair = o.has(PAIR.name()) || similarity == Kernel.CROSSMODAL
          ? ModalityPair.from(o, "dq --similarity crossmodal") : null;
      return new Params(o.integer(BINS), similarity, o.number(LAMBDA), pair);
    }
  }

  /**
   * dq's values of {@code --similarity}: the first two are those of {@link
   * org.coreset4j.kernels.Similarity} on the fused features; the cross-modal kernel is dq's own,
   * since it compares two modalities rather than two rows.
   */
  public enum Kernel {
    SQEUCLIDEAN, COSINE, CROSSMODAL
  }

  private final Params params;

  public DatasetQuantization(Params params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "dq";
  }

  public Params params() {
    return params;
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    if (params.bins() > n) {
      throw new InvalidInputException("--bins " + params.bins() + " is larger than the number of samples " + n);
    }
    double fraction = budget.fractionOf(n);
    GreedyBinning.Result bins = bin(features, context);
    int[] chosen = sample(bins.bin(), fraction, context.seed());
    Map<String, NdArray> diagnostics = new LinkedHashMap<>();
    diagnostics.put("bin", NdArray.of(bins.bin()));
    diagnostics.put("order", NdArray.indices(bins.order()));
    return new Selection(chosen, diagnostics);
  }

  /** The bins alone: bin of every sample and the greedy pick order. */
  public GreedyBinning.Result bin(FloatMatrix features, SelectionContext context) {
    if (params.similarity() == Kernel.CROSSMODAL) {
      ModalityPair.Features f = params.pair().features(context, features.rows());
      TensorKernel kernel = new TensorKernel(CentredRows.asGiven(f.first()), CentredRows.asGiven(f.second()));
      return BinSequence.run(features.rows(), params.bins(),
          new CrossModalBins(kernel, features.rows(), params.lambda(), context.parallel(),
              TensorGreedy.Tuning.DEFAULT), context.progress());
    }
    GainModel model = params.similarity() == Kernel.COSINE
        ? new CosineGain(features, params.lambda(), context.parallel())
        : new SquaredEuclideanGain(features, params.lambda(), context.parallel());
    return GreedyBinning.run(model, features.rows(), features.cols(), params.bins(), context.parallel(),
        context.progress());
  }

  /** round(fraction * |bin|) ids drawn uniformly from each bin's ascending id list, per-bin seeded. */
  private int[] sample(int[] bin, double fraction, long seed) {
    int[][] members = new int[params.bins()][];
    int[] sizes = new int[params.bins()];
    for (int b : bin) {
      if (b >= 0) {
        sizes[b]++;
      }
    }
    for (int b = 0; b < sizes.length; b++) {
      members[b] = new int[sizes[b]];
      sizes[b] = 0;
    }
    for (int i = 0; i < bin.length; i++) {
      if (bin[i] >= 0) {
        members[bin[i]][sizes[bin[i]]++] = i;
      }
    }
    int[] out = new int[0];
    for (int b = 0; b < members.length; b++) {
      int k = (int) Math.rint(fraction * members[b].length);
      int[] draw = Sampling.withoutReplacement(members[b], k, Seeds.mix(seed, b));
      int start = out.length;
      out = Arrays.copyOf(out, start + draw.length);
      System.arraycopy(draw, 0, out, start, draw.length);
    }
    return out;
  }
}
