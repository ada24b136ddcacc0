package org.coreset4j.fusion;

import java.util.List;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Turns per-modality inputs into the one float32 feature matrix a selector sees: token pooling,
 * per-modality normalisation, then fusion across modalities (ALGORITHMS.md, "Multimodal
 * features"). Inputs are streamed in row blocks, so they may be memory-mapped and larger than RAM;
 * under {@code --tokens coincide} the concatenated blocks are divided by sqrt(number of blocks).
 */
public final class Fusion {
  /** Floats read per block, bounding the memory of one worker. */
  private static final int BLOCK_FLOATS = 1 << 22;

  private Fusion() {}

  public static FloatMatrix fuse(List<Modality> modalities, FusionOptions options, Parallel parallel, Progress progress) {
    int n = checkInputs(modalities, options);
    int[] widths = modalities.stream().mapToInt(m -> options.tokens().width(m.tokens(), m.dims())).toArray();
    boolean concat = options.fuse() == FuseMode.CONCAT;
    int width = concat ? sumWidths(widths) : widths[0];
    FloatMatrix out = FloatMatrix.allocate(n, width);
    double scale = scale(modalities, options);
    progress.start("features", (long) n * modalities.size());
    int column = 0;
    for (int m = 0; m < modalities.size(); m++) {
      Modality mod = modalities.get(m);
      StandardScaling stats = options.normalize() == Normalization.STANDARD
          ? StandardScaling.of(mod, options.tokens(), widths[m], parallel, rowsPerBlock(mod))
          : null;
      writeModality(mod, options, stats, scale, out, concat ? column : 0, !concat && m > 0, parallel, progress);
      column += widths[m];
    }
    progress.finish();
    return out;
  }

  /**
   * Checks the inputs as {@link #fuse} does (shapes, the same N, finite values) without building the
   * features, for methods that read none of their values: an N x 0 matrix.
   */
  public static FloatMatrix checkOnly(List<Modality> modalities, FusionOptions options, Parallel parallel,
      Progress progress) {
    int n = checkInputs(modalities, options);
    progress.start("check inputs", (long) n * modalities.size());
    for (Modality mod : modalities) {
      int rowLen = mod.tokens() * mod.dims();
      parallel.forChunks(n, rowsPerBlock(mod), (chunk, from, to) -> {
        float[] raw = new float[(to - from) * rowLen];
        mod.tensor().readRows(from, to - from, raw);
        checkFinite(mod, raw, from, rowLen);
        progress.advance(to - from);
      });
    }
    progress.finish();
    return FloatMatrix.allocate(n, 0);
  }

  /** Pools, normalises and writes (or adds) one modality into columns [column, column + width). */
  private static void writeModality(Modality mod, FusionOptions o, StandardScaling stats, double scale,
      FloatMatrix out, int column, boolean add, Parallel parallel, Progress progress) {
    int t = mod.tokens();
    int d = mod.dims();
    int rowLen = t * d;
    int w = o.tokens().width(t, d);
    parallel.forChunks(mod.tensor().rows(), rowsPerBlock(mod), (chunk, from, to) -> {
      float[] raw = new float[(to - from) * rowLen];
      mod.tensor().readRows(from, to - from, raw);
      checkFinite(mod, raw, from, rowLen);
      float[] v = new float[w];
      for (int r = from; r < to; r++) {
        o.tokens().pool(raw, (r - from) * rowLen, t, d, v, 0);
        normalize(v, o.normalize(), stats);
        for (int j = 0; j < w; j++) {
          float x = (float) (v[j] * scale);
          out.set(r, column + j, add ? out.get(r, column + j) + x : x);
        }
      }
      progress.advance(to - from);
    });
  }

  /** Rejects NaN and Inf, naming the input and the first bad row of the block. */
  private static void checkFinite(Modality mod, float[] raw, int from, int rowLen) {
    for (int i = 0; i < raw.length; i++) {
      if (!Float.isFinite(raw[i])) {
        throw new InvalidInputException(mod.label() + ": row "
            + (from + i / rowLen) + " contains " + raw[i] + "; remove or replace non-finite values");
      }
    }
  }

  private static void normalize(float[] v, Normalization norm, StandardScaling stats) {
    switch (norm) {
      case NONE -> { }
      case L2 -> Vectors.normalize(v);
      case STANDARD -> {
        for (int j = 0; j < v.length; j++) {
          v[j] = (float) ((v[j] - stats.mean()[j]) * stats.inverseStd()[j]);
        }
      }
    }
  }

  /** 1/sqrt(blocks) for COINCIDE features, 1/M for mean fusion, else 1. */
  private static double scale(List<Modality> modalities, FusionOptions o) {
    if (o.tokens() == TokenPooling.COINCIDE) {
      return 1 / Math.sqrt(modalities.stream().mapToInt(Modality::tokens).sum());
    }
    return o.fuse() == FuseMode.MEAN ? 1.0 / modalities.size() : 1.0;
  }

  static int rowsPerBlock(Modality m) {
    return Math.max(1, Math.min(4096, BLOCK_FLOATS / Math.max(1, m.tokens() * m.dims())));
  }

  private static int sumWidths(int[] widths) {
    long s = 0;
    for (int w : widths) {
      s += w;
    }
    if (s > Integer.MAX_VALUE - 8) {
      throw new InvalidInputException("fused features would have " + s + " columns; use --tokens mean or fewer modalities");
    }
    return (int) s;
  }

  private static int checkInputs(List<Modality> modalities, FusionOptions o) {
    if (modalities.isEmpty()) {
      throw new InvalidInputException("--input is required: give at least one NAME=PATH");
    }
    int n = -1;
    int width = -1;
    for (Modality m : modalities) {
      long[] s = m.tensor().shape();
      if (s.length != 2 && s.length != 3) {
        throw new InvalidInputException(m.label() + " has shape "
            + java.util.Arrays.toString(s) + "; expected (N, D) or (N, T, D)");
      }
      if (m.tensor().rows() == 0 || m.dims() == 0 || m.tokens() == 0) {
        throw new InvalidInputException(m.label() + " is empty (shape "
            + java.util.Arrays.toString(s) + ")");
      }
      if (n >= 0 && m.tensor().rows() != n) {
        throw new InvalidInputException("--input " + m.name() + " has " + m.tensor().rows() + " samples but "
            + modalities.get(0).name() + " has " + n + "; all modalities need the same N");
      }
      n = m.tensor().rows();
      int w = o.tokens().width(m.tokens(), m.dims());
      if (o.fuse() != FuseMode.CONCAT && width >= 0 && w != width) {
        throw new InvalidInputException("--fuse " + o.fuse() + " needs equal widths, but " + m.name() + " has "
            + w + " and " + modalities.get(0).name() + " has " + width + "; use --fuse concat");
      }
      width = w;
    }
    if (o.tokens() == TokenPooling.COINCIDE && o.fuse() != FuseMode.CONCAT) {
      throw new InvalidInputException("--tokens coincide concatenates its blocks; use it with --fuse concat");
    }
    return n;
  }
}
