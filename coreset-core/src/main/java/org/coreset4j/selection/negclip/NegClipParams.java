package org.coreset4j.selection.negclip;

import java.util.List;
import java.util.stream.Stream;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.ModalityPair;
import org.coreset4j.selection.scores.ScoreWindowParams;

/**
 * Options of negCLIPLoss: {@code --pair A,B} (required), {@code --tau} the temperature,
 * {@code --batch} the size b of the random batches, {@code --repeats} the number K of random
 * partitions, and {@code --window top|middle|bottom} as {@code --method score} has it.
 *
 * <p>Defaults: tau = 0.01 and K = 10 are the paper's (OpenAI CLIP's learned temperature; ten random
 * batches per sample). The paper's batch is CLIP's training batch of 32,768 on GPUs; here it is 1,024,
 * since the cost is 2 K N b D flops and K N b exponentials: 1,000,000 pairs x 512 dims then take
 * about 3 to 4.5 minutes on 2 CPU cores (measured at 100,000 pairs: 26 s), where b = 32,768 would
 * take 32 times as long.
 */
public record NegClipParams(ModalityPair pair, double tau, int batch, int repeats, ScoreWindowParams window) {
  private static final Param TAU = Param.number("tau", 0.01, "> 0",
      "temperature of the CLIP loss (OpenAI CLIP's learned value is 0.01)");
  private static final Param BATCH = Param.integer("batch", 1024, ">= 2",
      "size of the random batches whose log-sum-exp normalises each pair (the paper's 32768 costs 32x more)");
  private static final Param REPEATS = Param.integer("repeats", 10, ">= 1",
      "random partitions into batches; each sample's normaliser is the mean over its K batches");
  /** The options {@link #from} reads. */
  public static final List<Param> PARAMS =
      Stream.concat(Stream.of(ModalityPair.PARAM, TAU, BATCH, REPEATS), ScoreWindowParams.PARAMS.stream()).toList();

  public NegClipParams {
    MethodOptions.require(tau > 0 && Double.isFinite(tau), TAU.name(), tau, "must be > 0");
    MethodOptions.require(batch >= 2, BATCH.name(), batch, "must be >= 2");
    MethodOptions.require(repeats >= 1, REPEATS.name(), repeats, "must be >= 1");
    java.util.Objects.requireNonNull(pair);
    java.util.Objects.requireNonNull(window);
  }

  public static NegClipParams from(MethodOptions o) {
    return new NegClipParams(ModalityPair.from(o, "negclip"), o.number(TAU), o.integer(BATCH), o.integer(REPEATS),
        ScoreWindowParams.from(o));
  }
}
